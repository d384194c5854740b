using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>Flags an Inconclusive recommendation that does not say why.</summary>
public sealed class InconclusiveWithoutReasonRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "inconclusive-without-reason";

    /// <inheritdoc/>
    public string Description => "The decision is Inconclusive but the reasoning is empty.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        var recommendation = report.Recommendation;
        var inconclusive = recommendation.Decision == HiringDecision.Inconclusive;

        if (inconclusive && string.IsNullOrWhiteSpace(recommendation.Reasoning))
        {
            yield return new CheckerFinding(Id, "The decision is inconclusive but the reasoning does not say why.");
        }
    }
}
