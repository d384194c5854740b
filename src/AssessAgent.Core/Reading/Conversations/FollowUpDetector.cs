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
/// <item>a follow-up opening ("can you say more", "what about", "why", "and how would", "you mentioned") follows
/// up;</item>
/// <item>within a System Design question everything else follows up: a design interview is one long exchange;</item>
/// <item>a short probe (at most three words) or a short question pointing back ("How would that scale?") follows
/// up;</item>
/// <item>a question sharing at least two content words, and at least 40 % of its own, with the open question and
/// its follow-ups follows up;</item>
/// <item>anything else starts a new question.</item>
/// </list>
/// </summary>
internal static class FollowUpDetector
{
    private const int MaxProbeWords = 3;
    private const int MaxBackReferenceWords = 10;
    private const int BackReferenceWindow = 6;
    private const int MinSharedWords = 2;
    private const double MinSharedShare = 0.4;

    public static bool IsFollowUp(Utterance utterance, OpenQuestion open)
    {
        if (utterance.HasTransition)
        {
            return false;
        }

        var text = UtteranceAnalyzer.Normalize(utterance.Content);
        var cue = SectionClassifier.Match(utterance.Content);
        if (cue is { IsStarter: true })
        {
            return cue.Kind == open.Kind && (cue.Kind == SectionKind.WrapUp
                || cue.Kind == SectionKind.SystemDesign && !ConversationCues.FreshDesignProblem().IsMatch(text));
        }

        if (ConversationCues.FollowUpStart().IsMatch(text) || open.Kind == SectionKind.SystemDesign)
        {
            return true;
        }

        var words = ConversationCues.Word().Matches(text).Select(match => match.Value).ToList();
        if (words.Count <= MaxProbeWords || words.Count <= MaxBackReferenceWords && PointsBack(words))
        {
            return true;
        }

        return SharesTopic(ContentWords.Of(text), open.ContentWords);
    }

    // A short question whose first words point back ("How would that scale?") is about what was just said.
    private static bool PointsBack(List<string> words) =>
        words.Take(BackReferenceWindow).Any(word => ConversationCues.BackReference().IsMatch(word));

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
