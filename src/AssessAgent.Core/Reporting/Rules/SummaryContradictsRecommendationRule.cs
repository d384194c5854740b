using System.Text.RegularExpressions;
using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>
/// Flags an executive summary that states a recommendation ("Recommendation: lean no hire") other than the one
/// the report gives, as a report edited by hand, or written by a model that changed its mind, can.
/// </summary>
public sealed partial class SummaryContradictsRecommendationRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "summary-contradicts-recommendation";

    /// <inheritdoc/>
    public string Description =>
        "The executive summary states a recommendation other than the report's own.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        var decision = report.Recommendation.Decision;
        foreach (Match match in StatedRecommendation().Matches(report.ExecutiveSummary))
        {
            var stated = match.Groups["decision"].Value;
            var compact = Separators().Replace(stated, string.Empty);
            if (Enum.TryParse<HiringDecision>(compact, ignoreCase: true, out var parsed) && parsed != decision)
            {
                yield return new CheckerFinding(
                    Id,
                    $"The executive summary gives the recommendation \"{stated}\" but the report's recommendation "
                    + $"is {ReportText.DecisionInSentence(decision)}.");
                yield break;
            }
        }
    }

    // Longest first, so that "lean no hire" is not read as "no hire".
    [GeneratedRegex(
        @"\brecommendation(?:\s+is)?\s*[:\-]?\s*(?:an?\s+)?(?<decision>strong[\s-]+hire|lean[\s-]+no[\s-]+hire|" +
        @"lean[\s-]+hire|no[\s-]+hire|hire|inconclusive)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedRecommendation();

    [GeneratedRegex(@"[\s-]+")]
    private static partial Regex Separators();
}
