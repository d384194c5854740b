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
    private readonly HashSet<string> exchangeWords =
        new(Conversations.ContentWords.Of(content), StringComparer.Ordinal);

    public string Text { get; } = questionTurn.Text;

    /// <summary>The section the question itself points to.</summary>
    public SectionKind Kind { get; } = Common.SectionClassifier.Classify(content);

    public List<Turn> Turns { get; } = [questionTurn];

    public List<string> AnswerParts { get; } = [];

    /// <summary>The follow-ups joined because they kept to the subject, not because they said they follow up.</summary>
    public List<string> FollowUpsBySubject { get; } = [];

    /// <summary>
    /// The content words of the question and its follow-ups, to tell whether a new question shares them.
    /// </summary>
    public IReadOnlySet<string> ContentWords => contentWords;

    /// <summary>The content words of the whole exchange so far: the questions and the candidate's answers.</summary>
    public IReadOnlySet<string> ExchangeWords => exchangeWords;

    /// <summary>Whether the candidate has answered since the interviewer last asked something.</summary>
    public bool AnsweredSinceAsked { get; private set; }

    public void AddFollowUp(string content, Turn turn, bool bySubject)
    {
        Turns.Add(turn);
        var words = Conversations.ContentWords.Of(content);
        contentWords.UnionWith(words);
        exchangeWords.UnionWith(words);
        AnsweredSinceAsked = false;

        if (bySubject)
        {
            FollowUpsBySubject.Add(content);
        }
    }

    public void AddAnswer(Turn turn)
    {
        Turns.Add(turn);
        AnswerParts.Add(turn.Text);
        exchangeWords.UnionWith(Conversations.ContentWords.Of(turn.Text));
        AnsweredSinceAsked = true;
    }
}
