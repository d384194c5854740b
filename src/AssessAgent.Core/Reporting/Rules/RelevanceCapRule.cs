using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>Flags an answer scored above the cap of its relevance verdict (<see cref="RelevanceScoreCaps"/>).</summary>
public sealed class RelevanceCapRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "score-above-relevance-cap";

    /// <inheritdoc/>
    public string Description =>
        "An answer scores above the cap for its relevance: 25 when off-topic, 50 when partly relevant, 0 when absent.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        foreach (var question in report.AllQuestions)
        {
            var cap = RelevanceScoreCaps.For(question.Relevance.Label);
            if (question.Score > cap)
            {
                yield return new CheckerFinding(
                    Id,
                    $"The answer scores {question.Score} although its relevance verdict is "
                    + $"{ReportText.Relevance(question.Relevance.Label)}, which caps it at {cap}.",
                    question.QuestionId);
            }
        }
    }
}
