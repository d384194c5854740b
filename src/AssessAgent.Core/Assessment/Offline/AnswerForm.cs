using System.Text.RegularExpressions;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// How strongly an answer has the form each question kind asks for, each between 0 and 1: whether it asks
/// questions, introduces the speaker, gives reasons for wanting the job, or tells a story in the past tense.
/// </summary>
internal sealed partial record AnswerForm(
    double AsksQuestions, double SelfIntroduction, double Motivation, double Story)
{
    public static AnswerForm Read(AnswerText answer)
    {
        var sentences = answer.InformativeSentences.Count > 0 ? answer.InformativeSentences : answer.Sentences;
        if (sentences.Count == 0)
        {
            return new AnswerForm(0, 0, 0, 0);
        }

        return new AnswerForm(
            Share(sentences, sentence => sentence.TrimEnd().EndsWith('?') || Inquiry().IsMatch(sentence)),
            Presence(sentences, sentence => Introduction().IsMatch(sentence)),
            Presence(sentences, sentence => Reasons().IsMatch(sentence)),
            Share(sentences, sentence => PastNarrative().IsMatch(sentence)));
    }

    /// <summary>
    /// How strongly the answer has the form <paramref name="kind"/> asks for; 0 for general questions.
    /// </summary>
    public double FitFor(QuestionKind kind) => kind switch
    {
        QuestionKind.WrapUp => AsksQuestions,
        QuestionKind.SelfIntroduction => SelfIntroduction,
        QuestionKind.Motivation => Motivation,
        QuestionKind.Behavioral => Story,
        _ => 0,
    };

    /// <summary>Whether the answer declines politely, a complete answer to a wrap-up question.</summary>
    public static bool Declines(AnswerText answer) => answer.Sentences.Count <= 3 && Decline().IsMatch(answer.Text);

    /// <summary>Whether the answer only says the candidate does not know.</summary>
    public static bool AdmitsNotKnowing(AnswerText answer) =>
        answer.InformativeSentences.Count == 0 && NotKnowing().IsMatch(answer.Text);

    private static double Share(IReadOnlyList<string> sentences, Func<string, bool> matches) =>
        (double)sentences.Count(matches) / sentences.Count;

    // One clear sentence of this form is enough evidence; a second one makes it certain.
    private static double Presence(IReadOnlyList<string> sentences, Func<string, bool> matches) =>
        Math.Min(1.0, sentences.Count(matches) / 2.0 + (sentences.Any(matches) ? 0.5 : 0));

    [GeneratedRegex(
        @"\b(i'?d\s+(like|love)\s+to\s+(know|hear|learn|understand)|i'?m\s+(also\s+)?(curious|wondering)|" +
        @"could\s+you\s+(tell|share|describe)|can\s+you\s+(tell|share|describe)|what\s+does|how\s+does|" +
        @"how\s+do\s+(you|your)|what\s+would|what\s+are\s+the)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Inquiry();

    [GeneratedRegex(
        @"\b(i'?m|i\s+am|my\s+name\s+is)\s+((?-i:[A-Z][a-z]+)|an?\s+\w+(\s+\w+)?\s+(engineer|developer|manager|" +
        @"designer|analyst|scientist|architect|lead|consultant))|\b\d+\s+years\s+of\s+experience\b|" +
        @"\b(started|began)\s+(my\s+career|at|as|in)\b|\bmy\s+background\s+is\b|\bcurrently\s+(i|working|leading)\b|" +
        @"\bi'?ve\s+been\s+(an?\s+)?(\w+\s+){0,2}(engineer|developer|manager|designer|analyst|scientist|" +
        @"architect|consultant|sre)s?\b|\bfor\s+the\s+(last|past)\s+\w+\s+years\b|\bi\s+finished\s+(a|my)\b" +
        @"|\b(i'?m|i\s+am)\s+(an?|one\s+of\s+\w+)\s+[\w.#+/-]+(\s+[\w.#+/-]+)?\s+(engineer|developer|manager|" +
        @"designer|analyst|scientist|architect|lead|consultant)s?\b|\bi'?ve\s+been\s+(there|here)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Introduction();

    [GeneratedRegex(
        @"\b(interested\s+in\s+this|why\s+i\s+(applied|want)|excit(es|ed|ing)\s+(me|about)|aligns?\s+with|" +
        @"matches\s+my|career\s+goals?|i\s+want\s+to\s+(grow|join|work)|drawn\s+to|passionate\s+about)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reasons();

    [GeneratedRegex(
        @"\b(i|we|my\s+team|our\s+team)\s+(\w+\s+)?(had|was|were|did|led|made|took|found|went|built|broke|" +
        @"decided|delivered|\w+ed)\b|\b(in\s+my\s+(previous|last|former)|at\s+my\s+(previous|last)|" +
        @"last\s+(year|quarter|month)|once|the\s+result\s+was)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastNarrative();

    [GeneratedRegex(
        @"\b(i\s+(don'?t|do\s+not)\s+know|(have\s+)?no\s+(idea|clue)|not\s+sure|i\s+can'?t\s+remember|" +
        @"never\s+(done|used|heard))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotKnowing();

    [GeneratedRegex(
        @"^\W*(no|nope|not\s+really|i\s+think\s+(you|we)('ve|\s+have)\s+covered|that'?s\s+all|nothing\s+(else|more))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decline();
}
