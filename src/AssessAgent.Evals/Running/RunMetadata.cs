namespace AssessAgent.Evals.Running;

/// <summary>How a run was made, so that two runs can be told apart and reproduced.</summary>
public sealed record RunMetadata
{
    /// <summary>The run's id and folder name under evals/results, such as <c>20260301-101500-v2</c>.</summary>
    public required string RunId { get; init; }

    /// <summary>The configuration's short name, such as <c>v2</c> or <c>offline</c>.</summary>
    public required string Label { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public double DurationSeconds { get; init; }

    /// <summary>The assessor that wrote the reports, such as <c>offline</c> or <c>ollama</c>.</summary>
    public string? Assessor { get; init; }

    public string? PromptVersion { get; init; }

    /// <summary>The hash of the prompt files, as the reports record it.</summary>
    public string? PromptHash { get; init; }

    public string? Model { get; init; }

    /// <summary>The model's digest, which pins the exact weights.</summary>
    public string? ModelDigest { get; init; }

    /// <summary>The model's sampling options as sent (temperature, seed, num_ctx, think).</summary>
    public IReadOnlyDictionary<string, string> ModelOptions { get; init; } = new Dictionary<string, string>();

    public string? EmbeddingModel { get; init; }

    /// <summary>The git commit of the working copy the run was made in, when it is a git checkout.</summary>
    public string? GitCommit { get; init; }

    public string? ToolVersion { get; init; }

    /// <summary>The settings that made the configuration (<c>Prompts:Version</c>, <c>Ollama:Model</c>, ...).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The run's own options: repeat, tolerance, theme threshold, invariance, filter.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>The share of model replies served from the response cache; null when nothing was asked.</summary>
    public double? CacheHitRate { get; init; }

    public int CaseCount { get; init; }
}
