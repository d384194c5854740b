using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Conversations;

/// <summary>
/// A question being built from a conversation: the question, its follow-ups and the answers so far. Its text is
/// the interviewer's whole turn as said; its section and topic words come from what the turn asks
/// (<see cref="Utterance.Content"/>), without the lead-in and small talk around it.
/// </summary>
internal sealed class OpenQuestion(Turn questionTurn, string content)
{
    private readonly HashSet<string> contentWords = new(Conversations.ContentWords.Of(content), StringComparer.Ordinal);

    public string Text { get; } = questionTurn.Text;

    /// <summary>The section the question itself points to.</summary>
    public SectionKind Kind { get; } = Common.SectionClassifier.Classify(content);

    public List<Turn> Turns { get; } = [questionTurn];

    public List<string> AnswerParts { get; } = [];

    /// <summary>
    /// The content words of the question and its follow-ups, to tell whether a new question shares them.
    /// </summary>
    public IReadOnlySet<string> ContentWords => contentWords;

    public void AddFollowUp(string content, Turn turn)
    {
        Turns.Add(turn);
        contentWords.UnionWith(Conversations.ContentWords.Of(content));
    }

    public void AddAnswer(Turn turn)
    {
        Turns.Add(turn);
        AnswerParts.Add(turn.Text);
    }
}
