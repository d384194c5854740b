using AssessAgent.Evals.Metrics;
using AssessAgent.Evals.Running;

namespace AssessAgent.Evals.Comparison;

/// <summary>Each headline metric's values over saved runs, oldest first, for a trend.</summary>
/// <param name="Runs">The runs, oldest first.</param>
/// <param name="Series">Per headline metric that any run has, its value in each run.</param>
public sealed record RunHistory(IReadOnlyList<RunMetadata> Runs, IReadOnlyList<MetricSeries> Series)
{
    public static RunHistory Build(IReadOnlyList<EvalRun> runs)
    {
        var ordered = runs.OrderBy(run => run.Metadata.StartedAt).ToList();
        var series = MetricCatalog.Headline
            .Select(definition => MetricSeries.Over(definition, ordered))
            .Where(line => line.Values.Any(value => value is not null))
            .ToList();

        return new RunHistory(ordered.Select(run => run.Metadata).ToList(), series);
    }
}

/// <summary>One metric's value in each run of a history; null where a run lacks it.</summary>
public sealed record MetricSeries(MetricDefinition Definition, IReadOnlyList<double?> Values)
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    /// <summary>The metric <paramref name="definition"/> in each of <paramref name="runs"/>, in their order.</summary>
    public static MetricSeries Over(MetricDefinition definition, IEnumerable<EvalRun> runs) =>
        new(definition, runs.Select(run => run.Metric(definition.Id)).ToList());

    /// <summary>The change from the first run with a value to the last, signed; null with fewer than two.</summary>
    public double? Trend
    {
        get
        {
            var present = Values.OfType<double>().ToList();

            return present.Count < 2 ? null : present[^1] - present[0];
        }
    }

    /// <summary>A one-line chart of the values in block characters, a space where a run lacks the metric.</summary>
    public string Sparkline()
    {
        var present = Values.OfType<double>().ToList();
        if (present.Count == 0)
        {
            return "";
        }

        var (low, high) = (present.Min(), present.Max());

        return string.Concat(Values.Select(value => value is not { } number ? ' '
            : high == low ? Blocks[Blocks.Length / 2]
            : Blocks[(int)Math.Round((number - low) / (high - low) * (Blocks.Length - 1))]));
    }
}
