using AssessAgent.Evals.Metrics;
using AssessAgent.Evals.Running;

namespace AssessAgent.Evals.Comparison;

/// <summary>Two runs side by side: every metric of both with the difference, and the cases that moved.</summary>
/// <param name="Baseline">The run compared against, such as the current prompts.</param>
/// <param name="Candidate">The run under review, such as the new prompts.</param>
/// <param name="Metrics">Each metric either run has, in catalog order.</param>
/// <param name="Cases">Each case both runs have, the most improved first.</param>
public sealed record RunComparison(
    EvalRun Baseline,
    EvalRun Candidate,
    IReadOnlyList<MetricChange> Metrics,
    IReadOnlyList<CaseChange> Cases)
{
    public IEnumerable<CaseChange> Improved => Cases.Where(change => change.Delta > 0);

    public IEnumerable<CaseChange> Regressed => Cases.Where(change => change.Delta < 0);

    public static RunComparison Compare(EvalRun baseline, EvalRun candidate)
    {
        var metrics = MetricCatalog.All
            .Select(definition => MetricChange.Between(definition, baseline, candidate))
            .Where(change => change.Baseline is not null || change.Candidate is not null)
            .ToList();

        var baselineCases = baseline.Cases.ToDictionary(result => result.Name);
        var cases = candidate.Cases
            .Where(result => baselineCases.ContainsKey(result.Name))
            .Select(result => CaseChange.Between(baselineCases[result.Name], result))
            .OrderByDescending(change => change.Delta)
            .ThenBy(change => change.Name, StringComparer.Ordinal)
            .ToList();

        return new RunComparison(baseline, candidate, metrics, cases);
    }
}

/// <summary>One metric in two runs.</summary>
/// <param name="Definition">The metric.</param>
/// <param name="Baseline">Its value in the baseline run.</param>
/// <param name="Candidate">Its value in the candidate run.</param>
/// <param name="Change">1 when the candidate is better, -1 when worse, 0 when equal or not comparable.</param>
public sealed record MetricChange(MetricDefinition Definition, double? Baseline, double? Candidate, int Change)
{
    /// <summary>The metric <paramref name="definition"/> in both runs, and which way it moved.</summary>
    public static MetricChange Between(MetricDefinition definition, EvalRun baseline, EvalRun candidate)
    {
        var before = baseline.Metric(definition.Id);
        var after = candidate.Metric(definition.Id);

        return new MetricChange(definition, before, after, definition.CompareChange(before, after));
    }
}
