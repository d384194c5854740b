using AssessAgent.Evals.Metrics;

namespace AssessAgent.Evals.Comparison;

/// <summary>How one case fared in two runs.</summary>
/// <param name="Name">The case.</param>
/// <param name="Baseline">The case's <see cref="CaseQuality"/> in the baseline run.</param>
/// <param name="Candidate">The case's quality in the candidate run.</param>
/// <param name="Details">What changed, one sentence per question or verdict that moved.</param>
public sealed record CaseChange(string Name, double Baseline, double Candidate, IReadOnlyList<string> Details)
{
    /// <summary>Candidate minus baseline: positive when the case got better.</summary>
    public double Delta => Candidate - Baseline;

    public static CaseChange Between(CaseResult baseline, CaseResult candidate)
    {
        var details = new List<string>();
        if (baseline.ActualRecommendation != candidate.ActualRecommendation)
        {
            details.Add($"recommendation {baseline.ActualRecommendation?.ToString() ?? "none"} became " +
                $"{candidate.ActualRecommendation?.ToString() ?? "none"}");
        }

        foreach (var (before, after) in baseline.Questions.Zip(candidate.Questions))
        {
            if (before.ActualScore != after.ActualScore || before.ActualRelevance != after.ActualRelevance)
            {
                details.Add($"{after.Section} #{after.Position}: {Describe(before)} became {Describe(after)} " +
                    $"(golden {after.ScoreMin}-{after.ScoreMax}, {string.Join("/", after.AcceptedRelevance)})");
            }
        }

        if (candidate.Error is not null && baseline.Error is null)
        {
            details.Add($"failed: {candidate.Error}");
        }

        return new CaseChange(candidate.Name, CaseQuality.Of(baseline), CaseQuality.Of(candidate), details);
    }

    private static string Describe(QuestionResult question) =>
        question.Matched ? $"{question.ActualScore} {question.ActualRelevance}" : "unmatched";
}
