namespace AssessAgent.Evals.Metrics;

/// <summary>
/// One number per case for telling which cases got better or worse between runs: the share of its checks that
/// pass (per question the relevance label and the score range, then the recommendation and the misalignment
/// diagnosis). A failed case scores 0.
/// </summary>
public static class CaseQuality
{
    public static double Of(CaseResult result)
    {
        if (result.Error is not null)
        {
            return 0;
        }

        var checks = result.Questions
            .SelectMany(question => new[] { question.RelevanceCorrect, question.InRange })
            .Append(result.RecommendationAgrees)
            .Append(result.ActualMisaligned == result.ExpectedMisaligned)
            .ToList();

        return (double)checks.Count(passed => passed) / checks.Count;
    }
}
