using AssessAgent.Agent.Configuration;
using AssessAgent.LanguageModels;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OllamaSharp;

namespace AssessAgent.Agent.Ollama;

/// <summary>
/// Makes the chat client that reaches the configured Ollama model: OllamaSharp's client on the resilient named HTTP
/// client, inside every registered <see cref="IChatClientDecorator"/> (the last registered outermost) unless asked
/// for without them. Every client, with decorators or without, takes its turns of the process's one
/// <see cref="ModelCallLimiter"/>. It does not invoke functions; callers that offer tools wrap it themselves.
/// </summary>
public sealed class OllamaChatClientFactory(
    IHttpClientFactory httpClientFactory,
    IOptions<OllamaOptions> options,
    IEnumerable<IChatClientDecorator> decorators,
    ModelCallLimiter limiter)
{
    /// <summary>The model the clients talk to (<c>Ollama:Model</c>).</summary>
    public string ModelName => options.Value.Model;

    /// <summary>Creates a client for the configured model, inside every registered decorator.</summary>
    public IChatClient Create()
    {
        var chat = CreateUndecorated();
        foreach (var decorator in decorators)
        {
            chat = decorator.Decorate(chat);
        }

        return chat;
    }

    /// <summary>
    /// Creates a client for the configured model without the decorators, for callers they do not serve: the eval
    /// harness's response cache, for one, replays assessments and would replay a chat's answers from a store that has
    /// changed since. It still shares the limit on model calls.
    /// </summary>
    public IChatClient CreateUndecorated() => new ModelCallLimitingChatClient(
        new OllamaApiClient(httpClientFactory.CreateClient(OllamaHttpClients.Chat), ModelName), limiter);
}
