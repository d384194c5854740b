using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>Flags a key strength or area for improvement that cites a question the report does not have.</summary>
public sealed class UnknownQuestionReferenceRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "unknown-question-reference";

    /// <inheritdoc/>
    public string Description => "A key strength or area for improvement cites a question id the report does not have.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        var known = report.AllQuestions.Select(question => question.QuestionId).ToHashSet(StringComparer.Ordinal);
        var findings = report.KeyStrengths.Select(finding => ("key strength", finding))
            .Concat(report.AreasForImprovement.Select(finding => ("area for improvement", finding)));

        foreach (var (kind, finding) in findings)
        {
            foreach (var questionId in finding.QuestionIds.Where(id => !known.Contains(id)))
            {
                yield return new CheckerFinding(
                    Id,
                    $"The {kind} \"{finding.Title}\" cites the question {questionId}, which the report does not have.");
            }
        }
    }
}
