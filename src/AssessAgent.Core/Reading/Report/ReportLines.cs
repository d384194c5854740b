using System.Text.RegularExpressions;

namespace AssessAgent.Reading.Report;

/// <summary>One line of report text with its line number in the file.</summary>
internal sealed record ReportLine(int Number, string Text);

/// <summary>The line shapes of a report copied out of a PDF.</summary>
internal static partial class ReportLines
{
    /// <summary>
    /// The lines trimmed, with form feeds and tabs made spaces inside text and page furniture ("Page 2 of 5", a lone
    /// page number) dropped, since a page break can fall in the middle of an answer.
    /// </summary>
    public static IReadOnlyList<ReportLine> Clean(IReadOnlyList<string> lines) =>
        lines.Select((text, index) => new ReportLine(index + 1, text.Replace('\f', ' ').Trim()))
            .Where(line => !PageFurnitureRegex().IsMatch(line.Text))
            .ToList();

    /// <summary>Whether the line starts the per-question part of the report.</summary>
    public static bool IsBreakdownStart(string text) =>
        text == "Question-by-Question Breakdown" || QuestionHeaderRegex().IsMatch(text);

    /// <summary>A question's header, such as "Q1.  66/100": its number and old score.</summary>
    [GeneratedRegex(@"^\s*Q(?<number>\d+)\.\s+(?<score>\d{1,3})\s*/\s*100\s*$")]
    public static partial Regex QuestionHeaderRegex();

    [GeneratedRegex(@"^(?:Page\s+\d+(?:\s+of\s+\d+)?|\d{1,3}|-\s*\d{1,3}\s*-)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageFurnitureRegex();
}
