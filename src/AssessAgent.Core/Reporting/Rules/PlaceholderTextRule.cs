using System.Text.RegularExpressions;
using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>
/// Flags placeholders in anything a report prints ("[illegible]", "N/A", "TBD", "0 minutes", "lorem ipsum",
/// template leftovers), an empty executive summary, and a zero duration, which would print as "0 minutes".
/// In the interview's own words (questions, answers, evidence quotes) only markers no speaker says are flagged.
/// </summary>
public sealed partial class PlaceholderTextRule : IReportRule
{
    private static readonly HashSet<string> PlaceholderValues =
        new(["null", "undefined", "nan", "none", "-", "?", "..."], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public string Id => "placeholder-text";

    /// <inheritdoc/>
    public string Description =>
        "Printed text holds a placeholder such as [illegible], N/A, TBD, 0 minutes or lorem ipsum, or is empty.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        if (report.Header.Duration == TimeSpan.Zero)
        {
            yield return new CheckerFinding(
                Id, "The duration is zero, which prints as \"0 minutes\"; a duration not recorded should be left out.");
        }

        if (string.IsNullOrWhiteSpace(report.ExecutiveSummary))
        {
            yield return new CheckerFinding(Id, "The executive summary is empty.");
        }

        foreach (var printable in PrintableText.All(report).Where(printable => printable.Text is not null))
        {
            if (FindPlaceholder(printable.Text!, printable.IsQuote) is { } placeholder)
            {
                var message = $"{Capitalize(printable.Where)} holds the placeholder \"{placeholder}\".";
                yield return new CheckerFinding(Id, message, printable.QuestionId);
            }
        }
    }

    /// <summary>The first placeholder in <paramref name="text"/>, or <see langword="null"/> when it has none.</summary>
    internal static string? FindPlaceholder(string text, bool isQuote)
    {
        var marker = MarkerPlaceholder().Match(text);
        if (marker.Success)
        {
            return marker.Value;
        }

        if (isQuote)
        {
            return null;
        }

        var prose = ProsePlaceholder().Match(text);
        if (prose.Success)
        {
            return prose.Value;
        }

        return PlaceholderValues.Contains(text.Trim()) ? text.Trim() : null;
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    // Markers no speaker says: bracketed gaps, filler text, unfilled template slots.
    [GeneratedRegex(
        @"\[\s*(?:illegible|inaudible|unintelligible|placeholder|tbd|tbc|todo|n/?a|blank|missing|insert[^\]]*)\s*\]"
        + @"|\blorem\b|\{\{[^}]*\}\}|\$\{[^}]*\}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPlaceholder();

    // Placeholders in the report's own words, where they stand for a value that was never filled in.
    [GeneratedRegex(
        @"(?<![\w/])N/A(?![\w/])|\bTBD\b|\bTBC\b"
        + @"|(?<![\d.,])\b0\s+(?:minutes?|mins?|seconds?|secs?|hours?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProsePlaceholder();
}
