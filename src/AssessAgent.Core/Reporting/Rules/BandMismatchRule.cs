using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>
/// Flags a section whose band label is not the band of its score, as happens when a report is built or read back
/// inconsistently. A question's band is derived from its score and cannot disagree.
/// </summary>
public sealed class BandMismatchRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "band-mismatch";

    /// <inheritdoc/>
    public string Description => "A section's band label is not the band its score falls in.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        foreach (var section in report.Sections.Where(section => ScoreOutOfRangeRule.IsInRange(section.Score)))
        {
            var expected = ScoreBands.For(section.Score);
            if (section.Band != expected)
            {
                yield return new CheckerFinding(
                    Id,
                    $"The section {section.Name} is labelled {ReportText.Band(section.Band)} but its score "
                    + $"{section.Score} is {ReportText.Band(expected)}.");
            }
        }
    }
}
