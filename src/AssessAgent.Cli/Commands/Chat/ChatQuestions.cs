namespace AssessAgent.Cli.Commands.Chat;

/// <summary>The limit on a question to <c>ask</c> and <c>chat</c>.</summary>
internal static class ChatQuestions
{
    /// <summary>
    /// The longest question, in characters: the cap of the service's <c>POST /chat</c>, so that the command line
    /// refuses what the service refuses. Far longer texts do not fit the embedding model the search uses.
    /// </summary>
    /// <remarks>
    /// The service keeps its cap private (ChatEndpoints.MaxQuestionLength); the two are kept equal by hand until it
    /// moves where both can read it.
    /// </remarks>
    public const int MaxLength = 2000;

    /// <summary>Why <paramref name="question"/> cannot be asked, or null when it can.</summary>
    public static string? Problem(string question) => question.Length > MaxLength
        ? $"The question is {question.Length} characters long; ask in at most {MaxLength}."
        : null;
}
