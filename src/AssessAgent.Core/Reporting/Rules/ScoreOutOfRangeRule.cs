using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>Flags a question, section or previously reported score outside 0 to 100.</summary>
public sealed class ScoreOutOfRangeRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "score-out-of-range";

    /// <inheritdoc/>
    public string Description => "A question, section or previously reported score lies outside 0 to 100.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        foreach (var section in report.Sections.Where(section => !IsInRange(section.Score)))
        {
            yield return new CheckerFinding(
                Id, $"The section {section.Name} scores {section.Score}, outside 0 to 100.");
        }

        foreach (var question in report.AllQuestions)
        {
            if (!IsInRange(question.Score))
            {
                yield return new CheckerFinding(
                    Id, $"The question scores {question.Score}, outside 0 to 100.", question.QuestionId);
            }

            if (question.PreviouslyReportedScore is { } previous && !IsInRange(previous))
            {
                yield return new CheckerFinding(
                    Id, $"The previously reported score {previous} lies outside 0 to 100.", question.QuestionId);
            }
        }
    }

    internal static bool IsInRange(int score) => score is >= 0 and <= 100;
}
