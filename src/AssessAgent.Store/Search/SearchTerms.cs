using System.Text.RegularExpressions;

namespace AssessAgent.Store.Search;

/// <summary>
/// The words of a search that are worth matching by keyword: letters and digits only (so that nothing in them
/// is read as full-text query syntax), lower-cased, without the common words a question is phrased with. Those
/// include the verbs a question about what was said is asked with ("who talked about", "mentioned") and the words
/// every report's feedback uses ("candidate"): matched by keyword, they made any answer that says "let's talk"
/// evidence for a question about something no one talked about.
/// </summary>
internal static partial class SearchTerms
{
    private static readonly HashSet<string> CommonWords =
    [
        "a", "about", "all", "an", "and", "any", "are", "as", "at", "be", "by", "can", "did", "do", "does", "for",
        "from", "has", "have", "how", "i", "in", "is", "it", "me", "of", "on", "or", "say", "said", "show", "tell",
        "that", "the", "their", "them", "they", "this", "to", "was", "were", "what", "when", "where", "which",
        "who", "whom", "why", "with", "you",
        "anybody", "anyone", "candidate", "candidates", "discuss", "discussed", "discussing", "mention",
        "mentioned", "mentioning", "mentions", "somebody", "someone", "speak", "spoke", "spoken", "talk", "talked",
        "talking", "talks",
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
