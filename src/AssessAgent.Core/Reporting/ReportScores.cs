using AssessAgent.Assessment;

namespace AssessAgent.Reporting;

/// <summary>How a report's section and overall scores follow from its question scores.</summary>
public static class ReportScores
{
    /// <summary>
    /// The mean of the questions' scores weighted by <see cref="QuestionAssessment.Weight"/>, rounded half away from
    /// zero; <see langword="null"/> when there are no questions or their weights add up to nothing.
    /// </summary>
    public static int? WeightedMean(IEnumerable<QuestionAssessment> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);

        var totalWeight = 0.0;
        var weightedSum = 0.0;
        foreach (var question in questions)
        {
            totalWeight += question.Weight;
            weightedSum += question.Weight * question.Score;
        }

        if (totalWeight <= 0)
        {
            return null;
        }

        return (int)Math.Round(weightedSum / totalWeight, MidpointRounding.AwayFromZero);
    }

    /// <summary>The weighted mean of all the report's questions, or <see langword="null"/> when it has none.</summary>
    public static int? Overall(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        return WeightedMean(report.AllQuestions);
    }
}
