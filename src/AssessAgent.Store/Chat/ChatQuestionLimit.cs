namespace AssessAgent.Store.Chat;

/// <summary>How long a question to the chat about stored assessments may be, wherever it is asked.</summary>
public static class ChatQuestionLimit
{
    /// <summary>
    /// The longest question, in characters; the command line and the service refuse longer ones alike. Far longer
    /// texts do not fit the embedding model the search uses.
    /// </summary>
    public const int MaxLength = 2000;
}
