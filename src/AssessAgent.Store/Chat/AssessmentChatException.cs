namespace AssessAgent.Store.Chat;

/// <summary>The chat cannot go on for a reason the user can fix, such as a model that cannot call tools.</summary>
public sealed class AssessmentChatException(string message, Exception? innerException = null)
    : Exception(message, innerException);
