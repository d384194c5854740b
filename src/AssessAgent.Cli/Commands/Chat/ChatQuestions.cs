namespace AssessAgent.Cli.Commands.Chat;

/// <summary>The limit on a question to <c>ask</c> and <c>chat</c>.</summary>
internal static class ChatQuestions
{
    /// <summary>The longest question, in characters, as the service's <c>POST /chat</c> also takes it.</summary>
    public const int MaxLength = AssessAgent.Store.Chat.ChatQuestionLimit.MaxLength;

    /// <summary>Why <paramref name="question"/> cannot be asked, or null when it can.</summary>
    public static string? Problem(string question) => question.Length > MaxLength
        ? $"The question is {question.Length} characters long; ask in at most {MaxLength}."
        : null;
}
