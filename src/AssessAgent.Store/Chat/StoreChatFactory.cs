using AssessAgent.Agent.Ollama;
using AssessAgent.Agent.Providers;
using Microsoft.Extensions.Logging;

namespace AssessAgent.Store.Chat;

/// <summary>
/// Starts store chats on the provider the assessments use: with Ollama, an <see cref="AssessmentChat"/> over the
/// configured model with a query plugin of its own (citations are gathered per session); without it, the
/// <see cref="RetrievalAnswerer"/>.
/// </summary>
public sealed class StoreChatFactory(
    AssessmentProviderResolver resolver,
    OllamaChatClientFactory models,
    RetrievalAnswerer retrieval,
    IAssessmentQueries queries,
    IAssessmentStore store,
    ILoggerFactory loggerFactory) : IStoreChatFactory
{
    /// <inheritdoc/>
    public async Task<IStoreChatSession> StartAsync(CancellationToken cancellationToken = default)
    {
        var resolution = await resolver.ResolveAsync(cancellationToken);
        if (!resolution.UsesOllama)
        {
            var notice = resolution.Reason is { } reason
                ? $"{reason} Answering from the store by retrieval, without a model."
                : null;

            return new StoreChatSession(null, retrieval, notice);
        }

        // Without the decorators: the eval harness's response cache would write replies into the working folder and
        // replay answers about a store that has changed since.
        var chat = new AssessmentChat(
            models.CreateUndecorated(), models.ModelName, new AssessmentQueryPlugin(queries, store), loggerFactory);

        return new StoreChatSession(chat, retrieval);
    }
}
