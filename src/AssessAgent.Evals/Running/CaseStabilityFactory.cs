using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Matching;
using AssessAgent.Evals.Metrics;

namespace AssessAgent.Evals.Running;

/// <summary>Measures how much a case's scores and recommendation moved over repeated runs.</summary>
internal static class CaseStabilityFactory
{
    /// <summary>A case is stable when no question's scores spread beyond the tolerance and the decision held.</summary>
    public static CaseStability Create(EvalCase evalCase, IReadOnlyList<TimedReport> runs, int tolerance)
    {
        var matches = runs.Select(run => QuestionMatcher.Match(evalCase.Golden, run.Report)).ToList();
        var spreads = Enumerable.Range(0, evalCase.Golden.Questions.Count)
            .Select(index => Spread(matches.Select(match => match[index].Actual?.Score)))
            .ToList();
        var decisions = runs.Select(run => run.Report.Recommendation.Decision).Distinct().ToList();

        var stable = spreads.All(spread => spread is null || spread <= tolerance) && decisions.Count == 1;

        return new CaseStability(runs.Count, spreads, decisions, stable);
    }

    private static int? Spread(IEnumerable<int?> scores)
    {
        var present = scores.OfType<int>().ToList();

        return present.Count == 0 ? null : present.Max() - present.Min();
    }
}
