using System.Globalization;
using AssessAgent.Assessment.Offline;
using AssessAgent.Transcripts;

namespace AssessAgent.Assessment.Pipeline;

/// <summary>
/// Sets an earlier report's verdict beside the new one: each answer whose score moved by a band or more, and the
/// two recommendations.
/// </summary>
internal static class PreviousVerdictComparer
{
    public static PreviousVerdictComparison? Compare(
        Transcript transcript,
        IReadOnlyList<QuestionAssessment> assessments,
        HiringRecommendation recommendation)
    {
        var earlier = assessments.Where(assessment => assessment.PreviouslyReportedScore is not null).ToArray();
        if (transcript.PreviouslyReported is null && earlier.Length == 0)
        {
            return null;
        }

        var disagreements = earlier
            .Where(assessment => BandDistance(assessment.PreviouslyReportedScore!.Value, assessment.Score) >= 1)
            .Select(Describe)
            .ToList();

        var previous = transcript.PreviouslyReported;
        if (previous?.Recommendation is { } earlierDecision)
        {
            var confidence = previous.Confidence is { } value
                ? string.Create(CultureInfo.InvariantCulture, $" at {value:P0} confidence")
                : string.Empty;
            disagreements.Add(string.Create(CultureInfo.InvariantCulture,
                $"The earlier report recommended {earlierDecision}{confidence}; this one recommends " +
                $"{recommendation.Decision} at {recommendation.Confidence:P0} confidence."));
        }

        return new PreviousVerdictComparison(previous?.Recommendation, previous?.Confidence, disagreements);
    }

    private static int BandDistance(int earlierScore, int score) =>
        Math.Abs((int)ScoreBands.For(Math.Clamp(earlierScore, 0, 100)) - (int)ScoreBands.For(score));

    private static string Describe(QuestionAssessment assessment)
    {
        var earlier = Math.Clamp(assessment.PreviouslyReportedScore!.Value, 0, 100);
        var why = assessment.Relevance.Label switch
        {
            RelevanceLabel.OffTopic or RelevanceLabel.PartlyRelevant
                when assessment.Relevance.AddressesInstead is { } other =>
                $": the answer addresses \"{other}\" instead",
            RelevanceLabel.OffTopic => ": the answer misses the question",
            RelevanceLabel.NoAnswer => ": no answer was recorded",
            _ => string.Empty,
        };

        return string.Create(CultureInfo.InvariantCulture,
            $"{assessment.Section}, \"{Quote.Short(assessment.Question, 70)}\": " +
            $"earlier {earlier} ({ScoreBands.For(earlier)}), " +
            $"now {assessment.Score} ({assessment.Band}){why}.");
    }
}
