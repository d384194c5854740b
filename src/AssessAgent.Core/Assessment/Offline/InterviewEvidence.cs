using AssessAgent.Reporting;

namespace AssessAgent.Assessment.Offline;

/// <summary>The scored answers of an interview gathered for the recommendation writer.</summary>
/// <param name="All">Every question's assessment in interview order.</param>
/// <param name="Answered">The assessments of questions that have an answer.</param>
/// <param name="Score">The interview's score: the mean of all questions' scores weighted by question weight.</param>
/// <param name="Agreement">
/// Between 0 and 1: how closely each answer's relevance, coverage and specificity agree, averaged.
/// </param>
internal sealed record InterviewEvidence(
    IReadOnlyList<QuestionAssessment> All,
    IReadOnlyList<QuestionAssessment> Answered,
    int Score,
    double Agreement)
{
    public static InterviewEvidence From(IReadOnlyList<SectionAssessment> sections)
    {
        var all = sections.SelectMany(section => section.Questions).ToArray();
        var answered = all.Where(answer => answer.Relevance.Label != RelevanceLabel.NoAnswer).ToArray();
        var score = ReportScores.WeightedMean(all) ?? 0;

        return new InterviewEvidence(all, answered, score, SignalAgreement(answered));
    }

    private static double SignalAgreement(IReadOnlyList<QuestionAssessment> answered)
    {
        var parts = answered.Where(answer => answer.Breakdown is not null)
            .Select(answer => answer.Breakdown!)
            .ToArray();
        if (parts.Length == 0)
        {
            return 0.5;
        }

        return parts.Average(part => 1 - (Math.Abs(part.Relevance - part.Coverage)
            + Math.Abs(part.Coverage - part.Specificity) + Math.Abs(part.Relevance - part.Specificity)) / 3);
    }
}
