namespace AssessAgent.Store.Chat;

/// <summary>
/// A piece of an answer as it streams. Pieces carry text; the last update carries the whole answer, with its
/// citations, and no text of its own.
/// </summary>
/// <param name="Text">The next piece of the answer's text; empty on the last update.</param>
/// <param name="Answer">The whole answer, on the last update only.</param>
public sealed record ChatAnswerUpdate(string Text, ChatAnswer? Answer = null)
{
    /// <summary>The update that ends a stream with the whole answer.</summary>
    public static ChatAnswerUpdate Final(ChatAnswer answer) => new(string.Empty, answer);
}
