using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>
/// Flags a misaligned transcript whose recommendation is anything but Inconclusive: when answers do not match their
/// questions, the transcript cannot support a decision either way.
/// </summary>
public sealed class MisalignedNotInconclusiveRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "misaligned-not-inconclusive";

    /// <inheritdoc/>
    public string Description => "The diagnosis finds the transcript misaligned but the decision is not Inconclusive.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        var decision = report.Recommendation.Decision;
        if (report.Diagnosis.Misaligned && decision != HiringDecision.Inconclusive)
        {
            yield return new CheckerFinding(
                Id,
                "The transcript is diagnosed as misaligned, yet the decision is "
                + $"{ReportText.DecisionInSentence(decision)} rather than inconclusive.");
        }
    }
}
