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

    /// <summary>
    /// The content phrases of a question: nouns and noun phrases of its domain, never its function words, the verb
    /// that frames it ("how would you <i>monitor</i>"), nor the words that frame a wrap-up, a self-introduction or a
    /// story ("anything else to share", "yourself", "a time you led a project"). A wrap-up question has none: any
    /// question asked back answers it.
    /// </summary>
    public static IReadOnlyList<string> Of(string question)
    {
        var kind = QuestionKindDetector.Detect(question);
        if (kind == QuestionKind.WrapUp)
        {
            return [];
        }

        // "a user's orders" is about the user's orders, not about a user and orders.
        var withoutPossessives = Possessive().Replace(question, string.Empty);

        return Phrases(withoutPossessives, word => IsContent(word) && !FrameWords.Contains(word) && !IsAdverb(word),
            breakAtPunctuation: true, skipVerbAfterYou: true);
    }

    private static IReadOnlyList<string> Phrases(
        string question,
        Func<string, bool> isContent,
        bool breakAtPunctuation,
        bool skipVerbAfterYou)
    {
        var concepts = new List<string>();
        var phrase = new List<string>();
        var previousEnd = 0;
        var previousWord = string.Empty;
        foreach (Match token in Token().Matches(question))
        {
            var word = token.Value;
            var lower = word.ToLowerInvariant();
            var content = isContent(lower) && !(skipVerbAfterYou && (VerbLeaders.Contains(previousWord)
                || IsVerbBeforeObject(question, token.Index + token.Length)));

            // "thanks. First" is two sentences, not a phrase.
            if (breakAtPunctuation && question.AsSpan(previousEnd, token.Index - previousEnd).Trim().Length > 0)
            {
                Flush();
            }

            previousEnd = token.Index + token.Length;
            previousWord = lower;
            if (content && phrase.Count < MaximumPhraseWords)
            {
                phrase.Add(word);
                continue;
            }

            Flush();
            if (content)
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

    // "suddenly", "quickly": a word in -ly says how, not what; the few nouns in -ly that name a topic stay.
    private static bool IsAdverb(string lower) =>
        lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && !NounsInLy.Contains(lower);

    // "integrating a new service", "returns a user's orders": a word right before an article takes an object, so it
    // is a verb of the question, not its topic; nouns are seldom followed by an article in a question.
    private static bool IsVerbBeforeObject(string question, int end) => ArticleNext().IsMatch(question, end);

    private static bool IsContent(string lower) =>
        lower.Length > 2 && !TextLexicon.StopWords.Contains(lower) && !TextLexicon.VagueWords.Contains(lower)
            && !Scaffolding.Contains(lower);

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
        // The relevance analyzer's calibration rests on this word set; it keeps the question's frame words.
        var words = Phrases(question, IsContent, breakAtPunctuation: false, skipVerbAfterYou: false)
            .SelectMany(concept => Token().Matches(concept.ToLowerInvariant()))
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

    // Words that frame a question rather than name its subject: the wrap-up's invitation, the self-introduction's
    // "yourself", the story question's "a time you led a project", and courtesies.
    private static readonly HashSet<string> FrameWords = new(StringComparer.Ordinal)
    {
        "else", "share", "add", "ask", "asking", "questions", "yourself", "yourselves", "thanks", "thank", "first",
        "place", "stop", "start", "started", "little", "bit", "got", "get", "into", "talk", "led", "lead", "project",
        "projects", "situation", "occasion", "instance", "moment", "story", "tell", "last", "recent", "recently",
        "faced", "handled", "learned", "learnt", "proud", "favorite", "favourite", "worked", "working", "wrap",
        "finish", "before", "background", "career", "journey", "briefly", "quick", "quickly", "today", "interview",
        "role", "position", "company", "join", "joining", "interested", "interests", "current", "currently",
        "previous", "past", "years", "year", "like", "love", "enjoy", "biggest", "hardest", "toughest", "gone",
        "went", "wrong", "right", "did", "said", "happened", "decided", "decide", "took", "take", "made", "came",
        "colleague", "colleagues", "coworker", "coworkers", "teammate", "teammates", "disagreed", "disagreement",
        "conflict", "mistake", "stuck", "problem", "problems", "product", "products", "issue", "here", "next",
        "senior", "junior", "responsible", "afterwards", "twice", "once", "enough", "yesterday", "fine", "fires",
        "team", "teams", "looking", "someone", "somebody",
    };

    // The word after these is the verb of the question: "how would you *monitor*", "can't *connect*".
    private static readonly HashSet<string> VerbLeaders = new(StringComparer.Ordinal)
    {
        "you", "can", "t", "cannot", "could", "should", "would", "will", "must", "might",
    };

    private static readonly HashSet<string> NounsInLy = new(StringComparer.Ordinal)
    {
        "assembly", "anomaly", "supply", "reply", "family", "monopoly", "butterfly", "italy",
    };

    [GeneratedRegex(@"['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\G\s+(a|an|the|your|our|its|their|each|every)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleNext();

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9+#./-]*[A-Za-z0-9+#]|[A-Za-z0-9]")]
    private static partial Regex Token();
}
