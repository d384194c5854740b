using System.Text.RegularExpressions;
using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>
/// Flags an executive summary or reasoning that praises the performance (strong, excellent, outstanding...) while
/// the interview's weighted mean score is below Fair.
/// </summary>
public sealed partial class SummaryContradictsScoresRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "summary-contradicts-scores";

    /// <inheritdoc/>
    public string Description =>
        "The executive summary or reasoning praises the performance while the mean score is Weak or Poor.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        if (ReportScores.Overall(report) is not { } mean || mean >= 50)
        {
            yield break;
        }

        var texts = new[]
        {
            ("executive summary", report.ExecutiveSummary),
            ("recommendation's reasoning", report.Recommendation.Reasoning),
        };
        foreach (var (where, text) in texts)
        {
            if (FindUnnegatedPraise(text) is { } word)
            {
                yield return new CheckerFinding(
                    Id,
                    $"The {where} calls the performance \"{word}\" but the mean score is {mean} "
                    + $"({ReportText.Band(ScoreBands.For(mean))}).");
            }
        }
    }

    internal static string? FindUnnegatedPraise(string text)
    {
        foreach (Match match in PraiseWord().Matches(text))
        {
            // "not a strong answer", "no outstanding example": praise under a negation is criticism.
            var before = text[..match.Index];
            var lastWords = string.Join(' ', before.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(3));
            if (!Negation().IsMatch(lastWords))
            {
                return match.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:strong|excellent|outstanding|exceptional|impressive|stellar|superb)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PraiseWord();

    [GeneratedRegex(@"\b(?:not|no|never|nor|without|lacks?|lacked|lacking|hardly|barely|neither)\b|n't\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
