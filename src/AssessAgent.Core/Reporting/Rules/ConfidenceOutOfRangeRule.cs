using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>Flags a confidence, this report's or the earlier one's, that is not a number between 0 and 1.</summary>
public sealed class ConfidenceOutOfRangeRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "confidence-out-of-range";

    /// <inheritdoc/>
    public string Description => "The recommendation's or the earlier report's confidence is not between 0 and 1.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        var confidence = report.Recommendation.Confidence;
        if (!IsInRange(confidence))
        {
            yield return new CheckerFinding(
                Id, $"The recommendation's confidence {confidence} is not between 0 and 1.");
        }

        if (report.PreviouslyReported?.Confidence is { } previous && !IsInRange(previous))
        {
            yield return new CheckerFinding(Id, $"The earlier report's confidence {previous} is not between 0 and 1.");
        }
    }

    private static bool IsInRange(double confidence) => double.IsFinite(confidence) && confidence is >= 0 and <= 1;
}
