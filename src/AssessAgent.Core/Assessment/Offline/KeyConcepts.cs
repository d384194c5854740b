using System.Text.RegularExpressions;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// The content phrases of a question, such as "Redis cache" or "session persistence": what an answer should
/// speak to when the question comes without a rubric.
/// </summary>
internal static partial class KeyConcepts
{
    private const int MaximumConcepts = 8;

    private const int MaximumPhraseWords = 2;

    public static IReadOnlyList<string> Of(string question)
    {
        var concepts = new List<string>();
        var phrase = new List<string>();
        foreach (Match token in Token().Matches(question))
        {
            var word = token.Value;
            var lower = word.ToLowerInvariant();
            var isContent = lower.Length > 2 && !TextLexicon.StopWords.Contains(lower)
                && !TextLexicon.VagueWords.Contains(lower) && !Scaffolding.Contains(lower);

            if (isContent && phrase.Count < MaximumPhraseWords)
            {
                phrase.Add(word);
                continue;
            }

            Flush();
            if (isContent)
            {
                phrase.Add(word);
            }
        }

        Flush();

        return concepts.Distinct(StringComparer.OrdinalIgnoreCase).Take(MaximumConcepts).ToArray();

        void Flush()
        {
            if (phrase.Count > 0)
            {
                concepts.Add(string.Join(' ', phrase));
                phrase.Clear();
            }
        }
    }

    /// <summary>Whether most words of a concept occur in the text, compared by their first letters.</summary>
    public static bool IsMentioned(string concept, string text)
    {
        var stems = Token().Matches(text.ToLowerInvariant()).Select(match => Stem(match.Value)).ToHashSet();
        var words = Token().Matches(concept.ToLowerInvariant()).Select(match => Stem(match.Value)).ToArray();

        return words.Length > 0 && words.Count(stems.Contains) * 2 >= words.Length;
    }

    /// <summary>The share of a question's content words that the text uses, compared by their first letters.</summary>
    public static double SharedWordShare(string question, string text)
    {
        var words = Of(question).SelectMany(concept => Token().Matches(concept.ToLowerInvariant()))
            .Select(match => Stem(match.Value)).Distinct(StringComparer.Ordinal).ToArray();
        if (words.Length == 0)
        {
            return 0;
        }

        var stems = Token().Matches(text.ToLowerInvariant()).Select(match => Stem(match.Value)).ToHashSet();

        return (double)words.Count(stems.Contains) / words.Length;
    }

    // A crude stem: the first five letters tell "scaling", "scale" and "scaled" apart from nothing that matters here.
    private static string Stem(string word) => word.Length > 5 ? word[..5] : word;

    private static readonly HashSet<string> Scaffolding = new(StringComparer.Ordinal)
    {
        "tasked", "design", "implement", "ensure", "handle", "process", "considerations", "include", "including",
        "experience", "common", "situation", "setup", "setting", "levels", "new", "existing", "environment",
        "different", "call", "proposing", "trade-offs", "challenges", "pattern", "maintaining", "relies",
        "heavily", "look", "happen", "happens", "case", "cases", "time", "times", "someone", "says",
    };

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9+#./-]*[A-Za-z0-9+#]|[A-Za-z0-9]")]
    private static partial Regex Token();
}
