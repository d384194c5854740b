using AssessAgent.Reading.Common;
using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Conversations;

/// <summary>
/// Decides whether an interviewer's question follows up the open one or starts a new one. The rules, first match
/// wins:
/// <list type="number">
/// <item>an announced change of topic ("let's move on", "next question") starts a new question;</item>
/// <item>a starter cue of a section (<see cref="SectionClassifier"/>: "tell me about a time", "design a",
/// "tell me about yourself") starts a new question, except more Wrap Up within Wrap Up, and design questions
/// within a System Design question unless they set a fresh problem ("Design a chat system.");</item>
/// <item>a follow-up opening ("can you say more", "and how would", "why", "you mentioned") follows up;</item>
/// <item>a short probe (at most three words) or a short question pointing back ("How would that scale?") follows
/// up;</item>
/// <item>"what about", "how about" or "what if" follows up ("What about streaming calls?", "What about the
/// outcome?"), unless it names something the exchange has not mentioned, shares no subject with it and does not
/// point back: "What about Kafka consumer lag?" after a rate limiter is a question of its own;</item>
/// <item>within a System Design question, a question before the candidate has answered follows up, and after
/// an answer one that keeps to the subject (shares content words with the exchange, or refers to "the system",
/// "the service"...) follows up: a design interview is one long exchange, but not every question in it is
/// about the design;</item>
/// <item>before the candidate has answered, a question sharing at least two content words, and at least 40 % of
/// its own, with the open question and its follow-ups follows up (the interviewer putting it another way);</item>
/// <item>anything else starts a new question: a full question asked after the candidate answered is a question
/// of its own, however alike the two are worded.</item>
/// </list>
/// </summary>
internal static class FollowUpDetector
{
    private const int MaxProbeWords = 3;
    private const int MaxBackReferenceWords = 10;
    private const int BackReferenceWindow = 6;
    private const int MinSharedWords = 2;
    private const double MinSharedShare = 0.4;
    private const double MinSubjectShare = 0.5;

    public static FollowUpDecision Decide(Utterance utterance, OpenQuestion open)
    {
        if (utterance.HasTransition)
        {
            return FollowUpDecision.NewQuestion;
        }

        var text = UtteranceAnalyzer.Normalize(utterance.Content);
        var cue = SectionClassifier.Match(utterance.Content);
        if (cue is { IsStarter: true })
        {
            return StarterWithin(cue, open, text);
        }

        var words = ConversationCues.Word().Matches(text).Select(match => match.Value).ToList();
        if (ConversationCues.FollowUpStart().IsMatch(text) || IsProbe(words))
        {
            return FollowUpDecision.FollowUp;
        }

        var asked = ContentWords.Of(text);
        if (ConversationCues.SubjectProbeStart().IsMatch(text))
        {
            var newSubject = NamesSomethingNew(utterance.Content, open) && !KeepsToSubject(asked, open)
                && !PointsBack(words, words.Count) && !ConversationCues.KnownSubjectProbe().IsMatch(text);

            return newSubject ? FollowUpDecision.NewQuestion : FollowUpDecision.FollowUp;
        }

        return ContinuesExchange(text, asked, open) ? FollowUpDecision.FollowUpBySubject : FollowUpDecision.NewQuestion;
    }

    private static FollowUpDecision StarterWithin(SectionCue cue, OpenQuestion open, string text)
    {
        if (cue.Kind != open.Kind)
        {
            return FollowUpDecision.NewQuestion;
        }

        if (cue.Kind == SectionKind.WrapUp)
        {
            return FollowUpDecision.FollowUp;
        }

        return cue.Kind == SectionKind.SystemDesign && !ConversationCues.FreshDesignProblem().IsMatch(text)
            ? FollowUpDecision.FollowUpBySubject
            : FollowUpDecision.NewQuestion;
    }

    private static bool IsProbe(List<string> words) =>
        words.Count <= MaxProbeWords || words.Count <= MaxBackReferenceWords && PointsBack(words, BackReferenceWindow);

    // A name (a capitalized word after the first, "Kafka", "gRPC") that the exchange has not mentioned brings a new
    // subject; "What about streaming calls?" names nothing and probes the answer. Scripts without capitals never
    // name anything this way, so their "what about" questions always follow up.
    private static bool NamesSomethingNew(string content, OpenQuestion open) =>
        ConversationCues.Word().Matches(content).Skip(1)
            .Select(match => match.Value)
            .Where(word => word.Any(char.IsUpper) && word != "I")
            .Any(word => !ContentWords.Of(word).All(open.ExchangeWords.Contains));

    // A question that joins without saying so: part of a design discussion, or the same question put another way
    // before the candidate said anything.
    private static bool ContinuesExchange(string text, IReadOnlySet<string> asked, OpenQuestion open)
    {
        if (open.Kind == SectionKind.SystemDesign)
        {
            return !open.AnsweredSinceAsked || KeepsToSubject(asked, open)
                || ConversationCues.DesignReference().IsMatch(text);
        }

        return !open.AnsweredSinceAsked && SharesTopic(asked, open.ContentWords);
    }

    // A question whose first words point back ("How would that scale?") is about what was just said.
    private static bool PointsBack(List<string> words, int window) =>
        words.Take(window).Any(word => ConversationCues.BackReference().IsMatch(word));

    // Keeps to the subject when at least two of its content words, or half of them, came up in the exchange.
    private static bool KeepsToSubject(IReadOnlySet<string> asked, OpenQuestion open)
    {
        var shared = asked.Count(open.ExchangeWords.Contains);

        return shared >= MinSharedWords || shared > 0 && shared >= asked.Count * MinSubjectShare;
    }

    private static bool SharesTopic(IReadOnlySet<string> asked, IReadOnlySet<string> open)
    {
        if (asked.Count == 0)
        {
            return false;
        }

        var shared = asked.Count(open.Contains);

        return shared >= MinSharedWords && (double)shared / asked.Count >= MinSharedShare;
    }
}
