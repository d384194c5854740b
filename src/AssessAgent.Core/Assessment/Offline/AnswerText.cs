using System.Text.RegularExpressions;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// An answer cut into sentences, with the sentences that carry content told apart from filler, repeats and
/// attempts to instruct the assessor. Every measure of an answer works on its informative sentences, so that
/// padding can neither dilute the match with the question nor raise coverage or specificity.
/// </summary>
internal sealed partial class AnswerText
{
    private const int MinimumContentWords = 3;

    private AnswerText(string text, IReadOnlyList<string> sentences)
    {
        Text = text;
        Sentences = sentences;
        InjectionSentences = sentences.Where(InjectionDetector.IsInjection).ToArray();
        InformativeSentences = SelectInformative(sentences.Except(InjectionSentences));
        Windows = BuildWindows(InformativeSentences);
    }

    /// <summary>The answer as given.</summary>
    public string Text { get; }

    public IReadOnlyList<string> Sentences { get; }

    /// <summary>Sentences that try to instruct the assessor.</summary>
    public IReadOnlyList<string> InjectionSentences { get; }

    /// <summary>Sentences with enough content words that are neither filler, nor repeats, nor injections.</summary>
    public IReadOnlyList<string> InformativeSentences { get; }

    /// <summary>
    /// The passages compared with questions: each informative sentence, each pair of neighbours, and all of them
    /// together, so that a question is matched with the part of the answer that speaks to it.
    /// </summary>
    public IReadOnlyList<string> Windows { get; }

    /// <summary>The informative sentences joined, the answer without its padding.</summary>
    public string Core => Windows.Count > 0 ? Windows[^1] : string.Empty;

    public static AnswerText From(string? answer)
    {
        var text = (answer ?? string.Empty).Trim();
        var sentences = SentenceBreak().Split(text)
            .Select(sentence => Whitespace().Replace(sentence, " ").Trim())
            .Where(sentence => sentence.Length > 0)
            .ToArray();

        return new AnswerText(text, sentences);
    }

    /// <summary>The lower-cased words of a text that carry meaning, without common function words.</summary>
    public static IEnumerable<string> ContentWords(string text) =>
        Word().Matches(text.ToLowerInvariant())
            .Select(match => match.Value)
            .Where(word => word.Length > 2 && !TextLexicon.StopWords.Contains(word));

    private static string[] SelectInformative(IEnumerable<string> sentences)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var informative = new List<string>();
        foreach (var sentence in sentences)
        {
            var withoutFiller = TextLexicon.FillerPhrases().Replace(sentence, " ");
            var words = ContentWords(withoutFiller).Where(word => !TextLexicon.VagueWords.Contains(word)).ToArray();
            var signature = string.Join(' ', words.Order(StringComparer.Ordinal));

            if (words.Length >= MinimumContentWords && seen.Add(signature))
            {
                informative.Add(sentence);
            }
        }

        return [.. informative];
    }

    private static string[] BuildWindows(IReadOnlyList<string> sentences)
    {
        var windows = new List<string>(sentences);
        for (var i = 0; i + 1 < sentences.Count; i++)
        {
            windows.Add(sentences[i] + " " + sentences[i + 1]);
        }

        if (sentences.Count > 2)
        {
            windows.Add(string.Join(' ', sentences));
        }

        return [.. windows];
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[""'(\[]?[A-Z0-9])|\r?\n\s*(?:[-*•]\s*)?|\s+[-•]\s+(?=[A-Z])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[a-z0-9][a-z0-9+#./-]*[a-z0-9+#]|[a-z0-9]")]
    private static partial Regex Word();
}
