using System.Text.RegularExpressions;

namespace AssessAgent.Evals.Metrics;

/// <summary>
/// Whether an evidence quote occurs in the answer it claims to quote. Case, white space, surrounding quote marks
/// and punctuation at the ends are ignored, and a quote shortened with an ellipsis counts when each of its parts
/// occurs in order.
/// </summary>
public static partial class QuoteGrounding
{
    // Quote marks and punctuation that a quote may carry at its ends without quoting anything else.
    private static readonly char[] EdgeCharacters =
        ['"', '\'', '\u201c', '\u201d', '\u2018', '\u2019', '.', ',', ';', ':', ' '];

    public static bool IsGrounded(string quote, string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return false;
        }

        var text = Normalize(answer);
        var position = 0;
        foreach (var part in Ellipsis().Split(quote).Select(Normalize).Where(part => part.Length > 0))
        {
            var found = text.IndexOf(part, position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + part.Length;
        }

        return position > 0;
    }

    private static string Normalize(string text) =>
        WhiteSpaceRun().Replace(text, " ")
            .Trim()
            .Trim(EdgeCharacters)
            .ToLowerInvariant()
            .Replace('\u2019', '\'')
            .Replace('\u2018', '\'');

    [GeneratedRegex(@"\.\.\.|\u2026|\[\.\.\.\]")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRun();
}
