using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>Flags a transcript diagnosis whose counts disagree with the question verdicts.</summary>
public sealed class DiagnosisCountsRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "diagnosis-counts-mismatch";

    /// <inheritdoc/>
    public string Description =>
        "The diagnosis's off-topic or answered count differs from the number of questions judged so.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        var questions = report.AllQuestions.ToList();
        var offTopic = questions.Count(question => question.Relevance.Label == RelevanceLabel.OffTopic);
        // Answered means judged to have an answer: "I don't know" is words but no answer. Whether a NoAnswer verdict
        // fits its words is the no-answer-mismatch rule's question.
        var answered = questions.Count(question => question.Relevance.Label != RelevanceLabel.NoAnswer);

        if (report.Diagnosis.OffTopicCount != offTopic)
        {
            yield return new CheckerFinding(
                Id,
                $"The diagnosis counts {ReportText.Count(report.Diagnosis.OffTopicCount, "off-topic answer")} "
                + $"but {offTopic} of the questions are judged off-topic.");
        }

        if (report.Diagnosis.AnsweredCount != answered)
        {
            yield return new CheckerFinding(
                Id,
                $"The diagnosis counts {ReportText.Count(report.Diagnosis.AnsweredCount, "answered question")} "
                + $"but {answered} of the questions are judged to have one.");
        }
    }
}
