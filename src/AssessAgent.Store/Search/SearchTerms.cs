using System.Text.RegularExpressions;

namespace AssessAgent.Store.Search;

/// <summary>
/// The words of a search that are worth matching by keyword: letters and digits only (so that nothing in them
/// is read as full-text query syntax), lower-cased, without the common words a question is phrased with.
/// </summary>
internal static partial class SearchTerms
{
    private static readonly HashSet<string> CommonWords =
    [
        "a", "about", "all", "an", "and", "any", "are", "as", "at", "be", "by", "can", "did", "do", "does", "for",
        "from", "has", "have", "how", "i", "in", "is", "it", "me", "of", "on", "or", "say", "said", "show", "tell",
        "that", "the", "their", "them", "they", "this", "to", "was", "were", "what", "when", "where", "which",
        "who", "whom", "why", "with", "you",
    ];

    public static IReadOnlyList<string> Extract(string text) =>
        WordPattern().Matches(text)
            .Select(match => match.Value.ToLowerInvariant())
            .Where(word => !CommonWords.Contains(word))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
