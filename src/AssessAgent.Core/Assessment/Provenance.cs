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
    IReadOnlyList<string> Notes);
