namespace AssessAgent.Agent;

/// <summary>
/// A failure of the language-model path that the user can act on, such as Ollama not running or the model not
/// pulled. Its message is one line meant to be printed as it is, without a stack trace.
/// </summary>
public sealed class AgentException : Exception
{
    public AgentException(AgentFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>What went wrong, for callers that react differently to each kind.</summary>
    public AgentFailure Failure { get; }
}

/// <summary>The kinds of failure <see cref="AgentException"/> reports.</summary>
public enum AgentFailure
{
    NotRunning,
    ModelNotPulled,
    ModelLoading,
    ServerBusy,
    ServerError,
    TimedOut,
    CircuitOpen,
    ContextOverflow,
    ToolsUnsupported,
    BadRequest,
    PromptFiles,
}
