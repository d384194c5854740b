using System.Text.RegularExpressions;
using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>
/// Flags an executive summary or reasoning that says there are no strengths while strengths are listed, or no
/// weaknesses while areas for improvement are listed.
/// </summary>
public sealed partial class SummaryDeniesListedFindingsRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "summary-denies-listed-findings";

    /// <inheritdoc/>
    public string Description =>
        "The executive summary or reasoning says there are no strengths (or no weaknesses) while some are listed.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        var strengthsListed = report.KeyStrengths.Count
            + report.AllQuestions.Sum(question => question.Strengths.Count);
        var improvementsListed = report.AreasForImprovement.Count
            + report.AllQuestions.Sum(question => question.Improvements.Count);

        var texts = new[]
        {
            ("executive summary", report.ExecutiveSummary),
            ("recommendation's reasoning", report.Recommendation.Reasoning),
        };
        foreach (var (where, text) in texts)
        {
            if (strengthsListed > 0 && DeniesStrengths().Match(text) is { Success: true } strengthDenial)
            {
                yield return new CheckerFinding(
                    Id,
                    $"The {where} says \"{strengthDenial.Value}\" but the report lists "
                    + $"{ReportText.Count(strengthsListed, "strength")}.");
            }

            if (improvementsListed > 0 && DeniesWeaknesses().Match(text) is { Success: true } weaknessDenial)
            {
                yield return new CheckerFinding(
                    Id,
                    $"The {where} says \"{weaknessDenial.Value}\" but the report lists "
                    + $"{ReportText.Count(improvementsListed, "improvement")}.");
            }
        }
    }

    [GeneratedRegex(@"(?:\bno|\bnot|n't|\bnever|\bwithout)\s+(?:\w+\s+){0,3}?strengths?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeniesStrengths();

    [GeneratedRegex(
        @"(?:\bno|\bnot|n't|\bnever|\bwithout)\s+(?:\w+\s+){0,3}?(?:weakness(?:es)?|areas?\s+for\s+improvement)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeniesWeaknesses();
}
