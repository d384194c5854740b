using System.Text.RegularExpressions;
using AssessAgent.Agent.Prompts;
using AssessAgent.Assessment;

namespace AssessAgent.Agent.Assessing;

/// <summary>
/// Keeps only the evidence quotes that occur in the answer, compared case-insensitively with runs of whitespace
/// taken as one space and surrounding quotation marks and ellipses ignored. A point whose quote is not found
/// keeps its text and loses the quote.
/// </summary>
public static partial class EvidenceCheck
{
    private static readonly char[] QuoteMarks = ['"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '.', '\u2026', ' '];

    /// <summary>The feedback with invented quotes removed, and how many were removed.</summary>
    public static (IReadOnlyList<Feedback> Kept, int Dropped) Filter(IReadOnlyList<Feedback> feedback, string? answer)
    {
        var haystacks = new[] { Normalise(answer), Normalise(PromptData.Neutralise(answer)) };
        var dropped = 0;
        var kept = new List<Feedback>(feedback.Count);

        foreach (var item in feedback)
        {
            if (item.Evidence is null || Occurs(item.Evidence, haystacks))
            {
                kept.Add(item);
                continue;
            }

            dropped++;
            kept.Add(item with { Evidence = null });
        }

        return (kept, dropped);
    }

    private static bool Occurs(string quote, string[] haystacks)
    {
        var needle = Normalise(quote.Trim().Trim(QuoteMarks));

        return needle.Length > 0
            && haystacks.Any(haystack => haystack.Contains(needle, StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalise(string? text) => Whitespace().Replace(text ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
