using System.ComponentModel.DataAnnotations;

namespace AssessAgent.Agent.Configuration;

/// <summary>How AssessAgent talks to the local Ollama server. Bound from the configuration section "Ollama".</summary>
public sealed class OllamaOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Ollama";

    /// <summary>The Ollama server's base address.</summary>
    /// <value>Defaults to <c>http://localhost:11434</c>, where <c>ollama serve</c> listens.</value>
    [Required]
    public Uri Endpoint { get; set; } = new("http://localhost:11434");

    /// <summary>The chat model, as <c>ollama list</c> names it.</summary>
    /// <value>Defaults to <c>qwen2.5:7b-instruct</c>: follows JSON schemas well and fits 8 GB of memory.</value>
    [Required(AllowEmptyStrings = false)]
    public string Model { get; set; } = "qwen2.5:7b-instruct";

    /// <summary>
    /// The context window in tokens, sent as <c>options.num_ctx</c> on every call. A prompt whose estimated size
    /// plus its reply budget does not fit is refused rather than truncated. The same value goes with every call
    /// because Ollama reloads the model whenever <c>num_ctx</c> changes.
    /// </summary>
    /// <value>Defaults to 8192.</value>
    [Range(2048, 262144)]
    public int ContextSize { get; set; } = 8192;

    /// <summary>The sampling temperature, sent as <c>options.temperature</c>.</summary>
    /// <value>Defaults to 0, so that the same transcript gets the same assessment.</value>
    [Range(0.0, 2.0)]
    public double Temperature { get; set; }

    /// <summary>The sampling seed, sent as <c>options.seed</c>.</summary>
    /// <value>Defaults to 42; with temperature 0 it makes replies repeatable on one machine.</value>
    public int Seed { get; set; } = 42;

    /// <summary>
    /// How long one model call may take, reply included. Local models on a CPU are slow, and a call that times
    /// out is not retried, so this is generous.
    /// </summary>
    /// <value>Defaults to 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00.050", "06:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long to wait for <c>/api/version</c> and <c>/api/tags</c> when choosing the provider.</summary>
    /// <value>Defaults to 5 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many model calls run at the same time in the process, whoever makes them: the answers of one assessment
    /// or of several (the service's workers), the recommendations and the chat all share this one limit.
    /// </summary>
    /// <value>Defaults to 2; Ollama runs one request per model at a time unless OLLAMA_NUM_PARALLEL is raised.</value>
    [Range(1, 32)]
    public int MaxParallelism { get; set; } = 2;

    /// <summary>
    /// How long Ollama keeps the model loaded after a call, sent as <c>keep_alive</c>, such as <c>10m</c>.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: not sent, so Ollama's own default (5 minutes) applies.</value>
    public string? KeepAlive { get; set; }

    /// <summary>
    /// Whether a reasoning model should think before it answers, sent as <c>think</c>. The reasoning text is never
    /// shown or scored.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: not sent, so the model's own default applies.</value>
    public bool? Think { get; set; }

    /// <summary>How often a connection error, a 5xx or a 503 "busy" is retried, with backoff and jitter.</summary>
    /// <value>Defaults to 3.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones grow exponentially.</summary>
    /// <value>Defaults to 2 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The reply budget in tokens, sent as <c>options.num_predict</c> unless a prompt's <c>config.json</c> sets
    /// <c>max_tokens</c>. A reply cut off at the budget is asked again once with twice the budget.
    /// </summary>
    /// <value>Defaults to 1024.</value>
    [Range(64, 32768)]
    public int MaxReplyTokens { get; set; } = 1024;

    /// <summary>
    /// How many characters make a token in the prompt-size estimate. Three errs towards a larger estimate for
    /// English text, so that a prompt that would not fit is refused before it is sent.
    /// </summary>
    /// <value>Defaults to 3.</value>
    [Range(1.0, 8.0)]
    public double CharsPerToken { get; set; } = 3.0;

    /// <summary>
    /// When Ollama reports evaluating fewer prompt tokens than this share of the estimate, the prompt is taken to
    /// have been truncated and the reply is not used.
    /// </summary>
    /// <value>Defaults to 0.5.</value>
    [Range(0.05, 1.0)]
    public double TruncationRatio { get; set; } = 0.5;
}
