using AssessAgent.Assessment;
using AssessAgent.Assessment.Offline;

namespace AssessAgent.Reporting.Rules;

/// <summary>
/// Flags a question with no answer recorded but another verdict than NoAnswer, or the reverse. An answer that only
/// says the candidate does not know, only a transcriber's placeholder ("[inaudible]"), or one in a language the
/// offline assessor cannot read gives nothing to judge and is rightly judged NoAnswer although words are recorded.
/// </summary>
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
            else if (hasAnswer && judgedAbsent && !GivesNothingToJudge(question.Answer!))
            {
                yield return new CheckerFinding(
                    Id, "The relevance verdict is no answer, yet an answer is recorded.", question.QuestionId);
            }
        }
    }

    private static bool GivesNothingToJudge(string answer) =>
        AnswerForm.AdmitsNotKnowing(AnswerText.From(answer)) || AnswerPlaceholder.IsOnlyPlaceholder(answer)
            || AnswerScript.NonLatinScriptOf(answer) is not null;
}
