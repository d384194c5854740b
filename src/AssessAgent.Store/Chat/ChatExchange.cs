namespace AssessAgent.Store.Chat;

/// <summary>One question of a chat session and the answer it got.</summary>
/// <param name="Question">The question or slash command as it was asked.</param>
/// <param name="Answer">The answer, with its citations.</param>
public sealed record ChatExchange(string Question, ChatAnswer Answer);
