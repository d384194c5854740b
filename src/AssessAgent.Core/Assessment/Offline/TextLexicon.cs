using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace AssessAgent.Assessment.Offline;

/// <summary>The word lists the offline assessor reads answers with.</summary>
internal static partial class TextLexicon
{
    /// <summary>Function words and interview scaffolding that say nothing about the topic.</summary>
    public static FrozenSet<string> StopWords { get; } = FrozenSet.ToFrozenSet(
    [
        "the", "and", "for", "are", "but", "not", "you", "your", "yours", "all", "any", "can", "had", "has", "have",
        "her", "his", "him", "she", "they", "them", "their", "its", "our", "ours", "out", "was", "were", "who",
        "whom", "what", "when", "where", "which", "why", "how", "with", "would", "could", "should", "will", "shall",
        "this", "that", "these", "those", "there", "then", "than", "from", "into", "onto", "about", "over", "under",
        "also", "just", "been", "being", "did", "does", "doing", "done", "each", "few", "more", "most", "other",
        "some", "such", "only", "own", "same", "too", "very", "off", "once", "here", "both", "between", "while",
        "because", "until", "after", "before", "above", "below", "again", "further", "yes", "one", "use", "used",
        "using", "way", "ways", "make", "made", "like", "i'm", "i've", "i'd", "i'll", "we're", "we've", "it's",
        "that's", "don't", "didn't", "can't", "won't", "let", "get", "got", "tell", "explain", "describe",
        "discuss", "walk", "through", "give", "example", "please", "think", "know", "well", "may", "might",
        "must", "need", "want", "sure", "okay", "yeah", "thing", "things", "something", "anything", "everything",
        "someone", "anyone", "everyone", "much", "many", "lot", "lots", "really", "actually", "basically",
        "just", "etc", "able", "within", "without", "across", "along", "around", "per", "via", "my", "me", "us",
        "we", "it", "is", "be", "do", "so", "if", "or", "an", "as", "at", "by", "in", "of", "on", "to", "up",
    ], StringComparer.Ordinal);

    /// <summary>Words that fill a sentence without saying anything concrete.</summary>
    public static FrozenSet<string> VagueWords { get; } = FrozenSet.ToFrozenSet(
    [
        "important", "good", "great", "best", "better", "nice", "always", "never", "stuff", "kind", "sort",
        "definitely", "certainly", "obviously", "honestly", "literally", "totally", "pretty", "quite", "question",
        "answer", "interesting", "try", "trying", "tried", "hard", "work", "working", "job", "approach", "matter",
        "matters", "depends", "aspect", "aspects", "general", "generally", "key", "thing", "believe", "feel",
        "crucial", "critical", "essential", "overall", "end", "day", "point", "various", "different",
    ], StringComparer.Ordinal);

    /// <summary>Phrases that carry no content whatever they surround.</summary>
    [GeneratedRegex(
        @"\b(um+|uh+|erm|hmm+|you know|i mean|kind of|sort of|like i said|as i said|to be honest|at the end of " +
        @"the day|that's a (great|good) question|great question|let me think|i guess|so yeah|and so on)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FillerPhrases();
}
