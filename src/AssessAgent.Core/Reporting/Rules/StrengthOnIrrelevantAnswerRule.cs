using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>
/// Flags strengths credited to an answer judged off-topic or missing, whether listed on the question itself or as
/// a key strength that cites it: an answer to another question shows nothing about the question asked.
/// </summary>
public sealed class StrengthOnIrrelevantAnswerRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "strength-on-irrelevant-answer";

    /// <inheritdoc/>
    public string Description =>
        "A strength is credited to an answer judged off-topic or missing, on the question or as a key strength.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        var irrelevant = report.AllQuestions
            .Where(question => question.Relevance.Label is RelevanceLabel.OffTopic or RelevanceLabel.NoAnswer)
            .ToDictionary(question => question.QuestionId, question => question.Relevance.Label);

        foreach (var question in report.AllQuestions.Where(question => irrelevant.ContainsKey(question.QuestionId)))
        {
            if (question.Strengths.Count > 0)
            {
                yield return new CheckerFinding(
                    Id,
                    $"The answer's relevance verdict is {ReportText.Relevance(question.Relevance.Label)}, "
                    + $"yet it is credited with {ReportText.Count(question.Strengths.Count, "strength")}.",
                    question.QuestionId);
            }
        }

        foreach (var strength in report.KeyStrengths)
        {
            foreach (var questionId in strength.QuestionIds.Where(irrelevant.ContainsKey))
            {
                yield return new CheckerFinding(
                    Id,
                    $"The key strength \"{strength.Title}\" cites an answer whose relevance verdict is "
                    + $"{ReportText.Relevance(irrelevant[questionId])}.",
                    questionId);
            }
        }
    }
}
