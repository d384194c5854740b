namespace AssessAgent.Store.Chat;

/// <summary>
/// Starts chats about the stored assessments, on the language model when the assessment provider resolves to
/// Ollama and by retrieval without one. The command line's <c>ask</c> and <c>chat</c> and the service's
/// <c>POST /chat</c> all start their chats here.
/// </summary>
public interface IStoreChatFactory
{
    /// <summary>
    /// Starts a session with a history of its own. The provider is resolved on the first call of the process
    /// (as for assessments: <c>Assessment:Provider</c> auto, ollama or offline).
    /// </summary>
    /// <exception cref="AssessAgent.Agent.AgentException">The provider is Ollama and Ollama cannot be used.</exception>
    Task<IStoreChatSession> StartAsync(CancellationToken cancellationToken = default);
}
