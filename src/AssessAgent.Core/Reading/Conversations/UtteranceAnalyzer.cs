using AssessAgent.Reading.Common;

namespace AssessAgent.Reading.Conversations;

/// <summary>
/// Splits a turn into sentences and sets aside small talk: greetings, audio checks, pleasantries and goodbyes
/// (<see cref="ConversationCues.Social"/>), and for the interviewer also introductions and remarks about the call,
/// short acknowledgements ("Okay, got it.") and announced topic changes. What is left, from the first sentence
/// that asks something on (with the statements right before it when it points back to them), is the turn's
/// content.
/// </summary>
internal static class UtteranceAnalyzer
{
    /// <summary>The longest sentence, in words, that can still count as small talk.</summary>
    private const int MaxSmallTalkWords = 14;

    /// <summary>The longest sentence, in words, that can count as a bare acknowledgement.</summary>
    private const int MaxAcknowledgementWords = 5;

    /// <summary>What an interviewer's turn says.</summary>
    public static Utterance AnalyzeInterviewer(string text)
    {
        var kept = new List<string>();
        var leadIn = new List<string>();
        var isQuestion = false;
        var hasTransition = false;
        var isSocial = false;
        var hasRemark = false;

        foreach (var sentence in Sentences(text))
        {
            var lower = Normalize(sentence);
            hasTransition |= ConversationCues.Transition().IsMatch(lower);

            // Small talk is checked first: "Can you hear me?" asks something, but nothing to assess.
            if (IsSocial(sentence, lower, interviewer: true))
            {
                isSocial = true;
                leadIn.Clear();
            }
            else if (QuestionPart(sentence) is { } question)
            {
                kept.AddRange(isQuestion || !PointsBack(question) ? [] : leadIn);
                kept.Add(question);
                isQuestion = true;
            }
            else if (IsStatement(lower))
            {
                hasRemark = true;
                (isQuestion ? kept : leadIn).Add(StripFiller(sentence));
            }
            else
            {
                leadIn.Clear();
            }
        }

        return new Utterance(string.Join(' ', kept), isQuestion, hasTransition, isSocial, hasRemark);
    }

    /// <summary>Whether a candidate's turn is nothing but small talk ("Thanks for having me!", "Bye!").</summary>
    public static bool IsCandidateSmallTalk(string text) =>
        Sentences(text).All(sentence => IsSocial(sentence, Normalize(sentence), interviewer: false));

    /// <summary>Whether a sentence asks or requests something.</summary>
    public static bool IsQuestionLike(string sentence) => QuestionPart(sentence) is not null;

    /// <summary>
    /// The part of a sentence that asks, from the clause where the asking starts ("Let's start: tell me about
    /// yourself." gives "Tell me about yourself."), or <see langword="null"/> when it asks nothing.
    /// </summary>
    public static string? QuestionPart(string sentence)
    {
        var clauseStarts = ConversationCues.ClauseBreak().Matches(sentence).Select(match => match.Index + match.Length);
        if (QuestionMarks.In(sentence) && !ConversationCues.SubordinateStart().IsMatch(Normalize(sentence)))
        {
            // "We've got five minutes left, what would you like to ask me?" asks from the comma on.
            clauseStarts = clauseStarts.Concat(ConversationCues.CommaBreak().Matches(sentence)
                .Select(match => match.Index + match.Length));
        }

        foreach (var start in clauseStarts.Order().Prepend(0))
        {
            var clause = StripFiller(sentence[start..]);
            if (ConversationCues.QuestionStart().IsMatch(Normalize(clause)))
            {
                return Capitalized(clause);
            }
        }

        return QuestionMarks.In(sentence) ? Capitalized(StripFiller(sentence)) : null;
    }

    /// <summary>The text's sentences, trimmed, without empty ones.</summary>
    public static IEnumerable<string> Sentences(string text) =>
        ConversationCues.SentenceBreak().Split(text.Trim())
            .Select(sentence => sentence.Trim())
            .Where(sentence => sentence.Length > 0);

    /// <summary>The sentence lower-cased with straight apostrophes, as the cue patterns expect.</summary>
    public static string Normalize(string sentence) =>
        sentence.Replace('\u2019', '\'').Replace('\u2018', '\'').ToLowerInvariant().Trim();

    /// <summary>How many words the text has.</summary>
    public static int WordCount(string text) => ConversationCues.Word().Count(text);

    private static bool IsSocial(string sentence, string lower, bool interviewer)
    {
        if (WordCount(lower) > MaxSmallTalkWords)
        {
            return false;
        }

        return ConversationCues.Social().IsMatch(lower)
            || interviewer && (ConversationCues.InterviewerSocial().IsMatch(lower)
                || ConversationCues.SelfIntroduction().IsMatch(sentence.Replace('\u2019', '\'')));
    }

    // Statements after the question give its context. Those before it count only when the question points back
    // to them ("...a pricing service that is slow. How would you put a cache in front of it?"); otherwise they
    // just lead in ("That's a good place to stop.") and stay in the turn's text but not in the question's.
    private static bool PointsBack(string question) =>
        ConversationCues.Word().Matches(Normalize(question))
            .Any(word => ConversationCues.LeadInReference().IsMatch(word.Value));

    private static bool IsStatement(string lower) =>
        !IsAcknowledgement(lower) && !ConversationCues.Transition().IsMatch(lower)
        && !ConversationCues.Announcement().IsMatch(lower) && StripFiller(lower).Length > 0;

    private static bool IsAcknowledgement(string lower) =>
        WordCount(lower) <= MaxAcknowledgementWords && ConversationCues.Acknowledgement().IsMatch(lower);

    // "Okay, so, next question: how would you ..." keeps only "How would you ...".
    private static string StripFiller(string sentence)
    {
        var match = ConversationCues.LeadingFiller().Match(sentence);
        if (!match.Success || match.Length == 0)
        {
            return sentence;
        }

        return Capitalized(sentence[match.Length..].TrimStart());
    }

    private static string Capitalized(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
