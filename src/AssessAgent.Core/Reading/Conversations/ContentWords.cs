namespace AssessAgent.Reading.Conversations;

/// <summary>The words of a text that carry its topic: no function words, crude plurals and tenses folded.</summary>
internal static class ContentWords
{
    private const int MinLength = 3;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "but", "for", "nor", "yet", "you", "your", "yours", "what", "how", "why", "when", "where",
        "which", "who", "whom", "whose", "would", "could", "should", "can", "will", "shall", "may", "might", "must",
        "tell", "about", "describe", "explain", "that", "this", "these", "those", "with", "have", "has", "had",
        "there", "their", "they", "them", "then", "than", "into", "from", "are", "was", "were", "been", "being",
        "did", "does", "doing", "done", "use", "using", "used", "think", "some", "any", "more", "most", "also",
        "just", "like", "make", "way", "thing", "things", "know", "really", "very", "much", "many", "well", "one",
        "get", "got", "let", "say", "said", "give", "example", "time", "over", "other", "out", "all", "our", "ours",
        "its", "it's", "i'm", "i'd", "you'd", "you're", "we're", "we'd", "let's", "what's", "how's", "that's",
        "walk", "through", "talk", "mean", "kind", "sort", "something", "anything", "bit", "little", "able", "need",
    };

    public static IReadOnlySet<string> Of(string text) =>
        ConversationCues.Word().Matches(UtteranceAnalyzer.Normalize(text))
            .Select(match => match.Value)
            .Where(word => word.Length >= MinLength && !StopWords.Contains(word))
            .Select(Stem)
            .ToHashSet(StringComparer.Ordinal);

    // Enough folding that "services" meets "service" and "scaling" meets "scale"; not a real stemmer.
    private static string Stem(string word)
    {
        foreach (var suffix in (string[])["ing", "ed", "es", "s"])
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length].TrimEnd('e');
            }
        }

        return word.TrimEnd('e');
    }
}
