using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Invariance;
using AssessAgent.Evals.Metrics;

namespace AssessAgent.Evals.Running;

/// <summary>
/// Checks the golden's <c>notHigherThanCase</c>: no answer of a case may outscore its terse twin's answer at the
/// same place, since both say the same and length earns nothing.
/// </summary>
internal static class VerbosityTwins
{
    public static List<CaseResult> Check(IReadOnlyList<CaseResult> results, IReadOnlyList<EvalCase> cases)
    {
        var byName = results.ToDictionary(result => result.Name);

        return results.Select(result =>
        {
            var twinName = cases.FirstOrDefault(evalCase => evalCase.Name == result.Name)?.Golden.NotHigherThanCase;
            if (result.Error is not null || twinName is null || !byName.TryGetValue(twinName, out var twin)
                || twin.Error is not null)
            {
                return result;
            }

            return result with { Invariance = [.. result.Invariance, Compare(result, twin)] };
        }).ToList();
    }

    private static InvarianceResult Compare(CaseResult verbose, CaseResult terse)
    {
        var pairs = verbose.Questions.Zip(terse.Questions)
            .Where(pair => pair.First.ActualScore is not null && pair.Second.ActualScore is not null)
            .ToList();
        var violations = pairs
            .Where(pair => pair.First.ActualScore > pair.Second.ActualScore)
            .Select(pair => $"{pair.First.Section} #{pair.First.Position}: {pair.First.ActualScore} against " +
                $"{pair.Second.ActualScore} for the same substance in {terse.Name}")
            .ToList();

        return new InvarianceResult(InvarianceKind.Verbosity, $"not higher than {terse.Name}", pairs.Count, violations);
    }
}
