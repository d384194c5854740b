using AssessAgent.Agent.Configuration;
using AssessAgent.LanguageModels;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OllamaSharp;

namespace AssessAgent.Agent.Ollama;

/// <summary>
/// Makes the chat client that reaches the configured Ollama model: OllamaSharp's client on the resilient named HTTP
/// client, inside every registered <see cref="IChatClientDecorator"/> (the last registered outermost) unless asked
/// for without them. It does not invoke functions; callers that offer tools wrap it themselves.
/// </summary>
public sealed class OllamaChatClientFactory(
    IHttpClientFactory httpClientFactory,
    IOptions<OllamaOptions> options,
    IEnumerable<IChatClientDecorator> decorators)
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
    /// changed since.
    /// </summary>
    public IChatClient CreateUndecorated() =>
        new OllamaApiClient(httpClientFactory.CreateClient(OllamaHttpClients.Chat), ModelName);
}
