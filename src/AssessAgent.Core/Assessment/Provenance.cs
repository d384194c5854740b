namespace AssessAgent.Assessment;

/// <summary>How a report was made, so that it can be reproduced and compared.</summary>
/// <param name="Assessor">The assessor that wrote the report, such as <c>offline</c> or <c>ollama</c>.</param>
/// <param name="Model">The language model, or <see langword="null"/> when none was used.</param>
/// <param name="EmbeddingModel">The sentence-embedding model used for relevance.</param>
/// <param name="PromptVersion">The prompt version, or <see langword="null"/> when no prompts were used.</param>
/// <param name="PromptHash">A hash of the prompt files used, or <see langword="null"/>.</param>
/// <param name="GeneratedAt">When the report was written.</param>
/// <param name="ToolVersion">The version of AssessAgent that wrote it.</param>
/// <param name="Notes">Anything else a reader should know about how it was made, such as fallbacks.</param>
public sealed record Provenance(
    string Assessor,
    string? Model,
    string? EmbeddingModel,
    string? PromptVersion,
    string? PromptHash,
    DateTimeOffset GeneratedAt,
    string ToolVersion,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// The language model's server, digest and sampling options, or <see langword="null"/> when no language model
    /// wrote the report.
    /// </summary>
    public LanguageModelRun? LanguageModel { get; init; }

    /// <summary>How many model calls and tokens the report took, or <see langword="null"/> when it took none.</summary>
    public ModelUsage? Usage { get; init; }
}

/// <summary>Which language model wrote a report, exactly, and with which options.</summary>
/// <param name="Model">The model's name, such as <c>qwen2.5:7b-instruct</c>.</param>
/// <param name="Digest">The model's digest as the server lists it, which pins the exact weights.</param>
/// <param name="ServerVersion">The model server's version, such as Ollama's <c>0.12.6</c>.</param>
/// <param name="Options">
/// The options sent with every call, by their wire names (<c>temperature</c>, <c>seed</c>, ...).
/// </param>
public sealed record LanguageModelRun(
    string Model,
    string? Digest,
    string? ServerVersion,
    IReadOnlyDictionary<string, string> Options);

/// <summary>What writing a report cost in model calls and tokens.</summary>
/// <param name="ModelCalls">The chat requests that got a reply.</param>
/// <param name="PromptTokens">The prompt tokens the server evaluated, summed over the calls.</param>
/// <param name="CompletionTokens">The tokens the server generated, summed over the calls.</param>
public sealed record ModelUsage(int ModelCalls, long PromptTokens, long CompletionTokens);
