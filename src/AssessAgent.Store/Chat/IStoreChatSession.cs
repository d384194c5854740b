namespace AssessAgent.Store.Chat;

/// <summary>
/// One conversation about the stored assessments. Questions go to the model when the session has one, else to
/// the <see cref="RetrievalAnswerer"/>; slash commands (<c>/list</c>, <c>/show</c>, <c>/stats</c> ...) always go
/// to the retrieval answerer, and <c>/history</c> lists the session's questions. The model keeps the earlier
/// questions and answers of the session as context.
/// </summary>
public interface IStoreChatSession
{
    /// <summary>What answers questions: the model's name, or <see cref="RetrievalAnswerer.AnsweredBy"/>.</summary>
    string AnsweredBy { get; }

    /// <summary>
    /// One line for the user when the provider was <c>auto</c> and no model could be used, saying why; else
    /// <see langword="null"/>.
    /// </summary>
    string? Notice { get; }

    /// <summary>The questions asked in this session so far and their answers, oldest first.</summary>
    IReadOnlyList<ChatExchange> History { get; }

    /// <summary>Answers one question or slash command and waits for the whole answer.</summary>
    /// <exception cref="AssessmentChatException">
    /// The model cannot answer, such as one that cannot call tools.
    /// </exception>
    Task<ChatAnswer> AskAsync(string input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Answers one question or slash command as a stream: pieces of text as they arrive, then one update with the
    /// whole answer and its citations. Without a model the text comes in one piece.
    /// </summary>
    /// <exception cref="AssessmentChatException">
    /// The model cannot answer, such as one that cannot call tools.
    /// </exception>
    IAsyncEnumerable<ChatAnswerUpdate> AskStreamingAsync(string input, CancellationToken cancellationToken = default);
}
