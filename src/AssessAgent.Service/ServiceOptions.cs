using System.ComponentModel.DataAnnotations;

namespace AssessAgent.Service;

/// <summary>How <c>assessagent serve</c> listens, guards and works; bound from the <c>Service</c> section.</summary>
public sealed class ServiceOptions
{
    public const string SectionName = "Service";

    /// <summary>
    /// The addresses to listen on, separated by semicolons.
    /// <value>Defaults to <c>http://127.0.0.1:5080</c>: this machine only.</value>
    /// </summary>
    [Required]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// The key every request but <c>/health</c> must carry in the <c>X-Api-Key</c> header.
    /// <value>Defaults to <see langword="null"/>, allowed only while the service listens on loopback alone.</value>
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The largest request body accepted, in bytes; a larger one is answered 413.
    /// <value>Defaults to 1 MiB.</value>
    /// </summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How many requests one key (or, without a key, one address) may make per minute; more are answered 429.
    /// <value>Defaults to 120.</value>
    /// </summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinute { get; set; } = 120;

    /// <summary>
    /// How many assessments the background worker runs at once. With a language model this also shares the
    /// model's own parallelism limit (<c>Ollama:MaxParallelism</c>), so raising it past that gains nothing.
    /// <value>Defaults to 1.</value>
    /// </summary>
    [Range(1, 64)]
    public int WorkerConcurrency { get; set; } = 1;

    /// <summary>
    /// How many times a job is tried before it is marked failed with the last reason.
    /// <value>Defaults to 3.</value>
    /// </summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// How long a failed try waits before the next; doubled after each try.
    /// <value>Defaults to 5 seconds.</value>
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often an idle worker looks for jobs another process queued.
    /// <value>Defaults to 2 seconds.</value>
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long <c>/ready</c> reuses its last look at the model provider (Ollama's <c>/api/version</c> and
    /// <c>/api/tags</c>) before it asks again.
    /// <value>Defaults to 15 seconds.</value>
    /// </summary>
    public TimeSpan ProviderProbeInterval { get; set; } = TimeSpan.FromSeconds(15);
}
