using AssessAgent.Evals.Metrics;

namespace AssessAgent.Evals.Running;

/// <summary>A finished eval run: how it was made, every metric, and each case's results. Saved as run.json.</summary>
public sealed record EvalRun
{
    /// <summary>The version of the saved format.</summary>
    public const string CurrentFormatVersion = "1";

    public string FormatVersion { get; init; } = CurrentFormatVersion;

    public required RunMetadata Metadata { get; init; }

    /// <summary>Each metric of <see cref="MetricCatalog"/> by id; null where the data leave it undefined.</summary>
    public required IReadOnlyDictionary<string, double?> Metrics { get; init; }

    public required IReadOnlyList<CaseResult> Cases { get; init; }

    /// <summary>The value of metric <paramref name="id"/>, or null when undefined or not recorded.</summary>
    public double? Metric(string id) => Metrics.GetValueOrDefault(id);
}
