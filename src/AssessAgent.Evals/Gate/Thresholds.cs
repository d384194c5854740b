using System.Text.Json;
using AssessAgent.Evals.Goldens;
using AssessAgent.Evals.Metrics;
using AssessAgent.Evals.Storage;

namespace AssessAgent.Evals.Gate;

/// <summary>
/// The gate's limits, read from evals/thresholds.json: per metric the least (or, for a metric where lower is
/// better, the most) acceptable value, and how far it may fall against a baseline run.
/// </summary>
public sealed record Thresholds
{
    /// <summary>
    /// How far a share metric (a percentage) may fall against the baseline when its own entry sets no
    /// <see cref="MetricThreshold.MaxDrop"/>, as a fraction: 0.05 is five percentage points.
    /// </summary>
    public double? DefaultMaxDrop { get; init; }

    /// <summary>The limits by metric id.</summary>
    public IReadOnlyDictionary<string, MetricThreshold> Metrics { get; init; } =
        new Dictionary<string, MetricThreshold>();

    /// <summary>Reads and checks a thresholds file.</summary>
    /// <exception cref="EvalInputException">The file is missing, not JSON, or names an unknown metric.</exception>
    public static Thresholds Load(string path)
    {
        if (!File.Exists(path))
        {
            throw EvalInputException.InFile(path, "thresholds file not found");
        }

        Thresholds thresholds;
        try
        {
            thresholds = JsonSerializer.Deserialize<Thresholds>(File.ReadAllText(path), EvalJson.Options)
                ?? throw EvalInputException.InFile(path, "the thresholds file is empty");
        }
        catch (JsonException exception)
        {
            var jsonPath = exception.Path ?? "$";
            throw new EvalInputException($"{path}: {jsonPath}: {FirstSentence(exception.Message)}", exception);
        }

        var unknown = thresholds.Metrics.Keys.FirstOrDefault(id => !MetricCatalog.IsKnown(id));
        if (unknown is not null)
        {
            throw EvalInputException.AtJsonPath(path, $"$.metrics.{unknown}",
                "no such metric (see docs/evals.md for the metric ids)");
        }

        return thresholds;
    }

    private static string FirstSentence(string message) => message.Split(". ")[0].TrimEnd('.');
}

/// <summary>One metric's limits; each is optional.</summary>
/// <param name="Min">The least acceptable value.</param>
/// <param name="Max">The most acceptable value.</param>
/// <param name="MaxDrop">How far the metric may move the wrong way against the baseline run.</param>
public sealed record MetricThreshold(double? Min = null, double? Max = null, double? MaxDrop = null);
