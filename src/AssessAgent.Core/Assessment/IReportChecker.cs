namespace AssessAgent.Assessment;

/// <summary>
/// Reads a finished report for internal contradictions: a band label that does not match its score, a summary
/// that contradicts the strengths, strengths credited to an answer judged off-topic, placeholders in print.
/// </summary>
public interface IReportChecker
{
    IReadOnlyList<CheckerFinding> Check(AssessmentReport report);
}
