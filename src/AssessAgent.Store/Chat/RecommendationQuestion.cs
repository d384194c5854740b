using System.Text.RegularExpressions;
using AssessAgent.Assessment;

namespace AssessAgent.Store.Chat;

/// <summary>
/// A question that asks which (or how many) assessments ended in one recommendation, such as "Which candidates were
/// inconclusive?", "Who got a hire recommendation?" or "How many were no hire?". It is answered by listing the
/// stored assessments with that recommendation, since a search for the word finds answers that merely use it.
/// </summary>
/// <param name="Decision">The recommendation the question names.</param>
internal sealed partial record RecommendationQuestion(HiringDecision Decision)
{
    /// <summary>
    /// Reads a question as one about a recommendation, or returns <see langword="null"/> when it names none or does
    /// not ask for a list or a count ("Why was Ada a hire?" is left to search).
    /// </summary>
    public static RecommendationQuestion? TryParse(string question)
    {
        if (!AsksForWhoOrHowMany().IsMatch(question) || Recommendation().Match(question) is not { Success: true } match)
        {
            return null;
        }

        // "hires" and "hired" name the recommendation as "hire" does.
        var words = Separators().Replace(match.Value.ToLowerInvariant(), string.Empty);
        words = words.EndsWith("hires", StringComparison.Ordinal) || words.EndsWith("hired", StringComparison.Ordinal)
            ? words[..^1]
            : words;
        HiringDecision? decision = words switch
        {
            "stronghire" or "stronglyhire" => HiringDecision.StrongHire,
            "leannohire" => HiringDecision.LeanNoHire,
            "leanhire" => HiringDecision.LeanHire,
            "nohire" or "nothire" or "donothire" => HiringDecision.NoHire,
            "hire" => HiringDecision.Hire,
            "inconclusive" => HiringDecision.Inconclusive,
            _ => null,
        };

        return decision is null ? null : new RecommendationQuestion(decision.Value);
    }

    // Longest first, so that "lean no hire" is not read as "no hire" or "hire".
    [GeneratedRegex(
        @"\b(strong(ly)?[\s_-]*hire[sd]?|lean[\s_-]*no[\s_-]*hire[sd]?|lean[\s_-]*hire[sd]?|" +
        @"(do[\s_-]*)?no(t)?[\s_-]*hire[sd]?|hire[sd]?|inconclusive)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Recommendation();

    [GeneratedRegex(@"\b(who|whom|which|how many|list|count|number of|show)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForWhoOrHowMany();

    [GeneratedRegex(@"[\s_-]+")]
    private static partial Regex Separators();
}
