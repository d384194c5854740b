using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>Flags a question with no answer recorded but another verdict than NoAnswer, or the reverse.</summary>
public sealed class NoAnswerMismatchRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "no-answer-mismatch";

    /// <inheritdoc/>
    public string Description =>
        "A question without an answer is not judged NoAnswer, or a question judged NoAnswer has an answer.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        foreach (var question in report.AllQuestions)
        {
            var hasAnswer = !string.IsNullOrWhiteSpace(question.Answer);
            var judgedAbsent = question.Relevance.Label == RelevanceLabel.NoAnswer;

            if (!hasAnswer && !judgedAbsent)
            {
                yield return new CheckerFinding(
                    Id,
                    "No answer is recorded, yet the relevance verdict is "
                    + $"{ReportText.Relevance(question.Relevance.Label)}.",
                    question.QuestionId);
            }
            else if (hasAnswer && judgedAbsent)
            {
                yield return new CheckerFinding(
                    Id, "The relevance verdict is no answer, yet an answer is recorded.", question.QuestionId);
            }
        }
    }
}
