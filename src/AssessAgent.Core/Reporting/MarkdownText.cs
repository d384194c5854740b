using System.Text;
using System.Text.RegularExpressions;

namespace AssessAgent.Reporting;

/// <summary>
/// Escapes text from transcripts and assessors so that Markdown prints it as written: a pipe cannot end a table
/// cell, a line break cannot end a list item, an underscore cannot start emphasis, a "#" cannot start a heading.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>Text for one line of a paragraph, list item or heading; line breaks become spaces.</summary>
    public static string Inline(string text) => EscapeCharacters(OneLine(text), escapePipes: false);

    /// <summary>Text for a table cell: one line, pipes escaped.</summary>
    public static string Cell(string text) => EscapeCharacters(OneLine(text), escapePipes: true);

    /// <summary>Text as paragraphs: blank lines separate them, other line breaks become spaces.</summary>
    public static string Paragraphs(string text)
    {
        var paragraphs = BlankLines().Split(text.Trim())
            .Where(paragraph => paragraph.Length > 0)
            .Select(paragraph => EscapeLineStart(Inline(paragraph)));

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Text as a block quote, its lines and paragraphs kept.</summary>
    public static string Quote(string text)
    {
        var lines = text.Trim().ReplaceLineEndings("\n").Split('\n');
        var quoted = lines.Select(line =>
        {
            var escaped = EscapeLineStart(EscapeCharacters(line.Trim(), escapePipes: false));
            return escaped.Length == 0 ? ">" : "> " + escaped;
        });

        return string.Join('\n', quoted);
    }

    /// <summary>Text as inline code, such as a rule id or a path; only collapses line breaks.</summary>
    public static string Code(string text)
    {
        var line = OneLine(text);
        var fence = line.Contains('`', StringComparison.Ordinal) ? "``" : "`";

        return fence == "`" ? $"`{line}`" : $"`` {line} ``";
    }

    private static string OneLine(string text) => LineBreaks().Replace(text.Trim(), " ");

    private static string EscapeCharacters(string text, bool escapePipes)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            if (character is '\\' or '`' or '*' or '_' or '[' or ']' or '<' || (escapePipes && character == '|'))
            {
                builder.Append('\\');
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    // A line of an answer that starts like a heading, list item, quote or rule would be read as one.
    private static string EscapeLineStart(string line)
    {
        var marker = BlockMarker().Match(line);

        return marker.Success ? line.Insert(marker.Groups["mark"].Index, "\\") : line;
    }

    [GeneratedRegex(@"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s*(?:\r\n|\r|\n)\s*")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"^(?:\d+(?<mark>[.)])(?:\s|$)|(?<mark>[#>+=~-]))")]
    private static partial Regex BlockMarker();
}
