using AssessAgent.Agent.Configuration;
using AssessAgent.LanguageModels;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OllamaSharp;

namespace AssessAgent.Agent.Ollama;

/// <summary>
/// Makes the chat client that reaches the configured Ollama model: OllamaSharp's client on the resilient named HTTP
/// client, inside every registered <see cref="IChatClientDecorator"/> (the last registered outermost). It does not
/// invoke functions; callers that offer tools wrap it themselves.
/// </summary>
public sealed class OllamaChatClientFactory(
    IHttpClientFactory httpClientFactory,
    IOptions<OllamaOptions> options,
    IEnumerable<IChatClientDecorator> decorators)
{
    /// <summary>The model the clients talk to (<c>Ollama:Model</c>).</summary>
    public string ModelName => options.Value.Model;

    /// <summary>Creates a client for the configured model.</summary>
    public IChatClient Create()
    {
        var httpClient = httpClientFactory.CreateClient(OllamaHttpClients.Chat);
        IChatClient chat = new OllamaApiClient(httpClient, ModelName);
        foreach (var decorator in decorators)
        {
            chat = decorator.Decorate(chat);
        }

        return chat;
    }
}
