using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Conversations;

/// <summary>A question being built from a conversation: the question, its follow-ups and the answers so far.</summary>
internal sealed class OpenQuestion(string text, Turn questionTurn)
{
    private readonly HashSet<string> contentWords = new(Conversations.ContentWords.Of(text), StringComparer.Ordinal);

    public string Text { get; } = text;

    /// <summary>The section the question itself points to.</summary>
    public SectionKind Kind { get; } = Common.SectionClassifier.Classify(text);

    public List<Turn> Turns { get; } = [questionTurn];

    public List<string> AnswerParts { get; } = [];

    /// <summary>The content words of the question and its follow-ups, to tell whether a new question shares them.</summary>
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
