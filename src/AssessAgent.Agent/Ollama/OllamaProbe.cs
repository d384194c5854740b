using System.Net.Http.Json;
using System.Text.Json.Serialization;
using AssessAgent.Agent.Configuration;
using Microsoft.Extensions.Options;

namespace AssessAgent.Agent.Ollama;

/// <summary>
/// Asks Ollama, quickly and without retries, whether it runs, which version it is and which models it has.
/// </summary>
public sealed class OllamaProbe(IHttpClientFactory httpClientFactory, IOptions<OllamaOptions> options)
{
    private readonly OllamaOptions _options = options.Value;

    /// <summary>Reads <c>/api/version</c> and <c>/api/tags</c>.</summary>
    /// <exception cref="AgentException">Ollama does not answer in time or answers with an error.</exception>
    public async Task<OllamaServerInfo> ProbeAsync(CancellationToken cancellationToken = default)
    {
        var client = httpClientFactory.CreateClient(OllamaHttpClients.Probe);

        var version = await GetAsync<VersionReply>(client, "api/version", cancellationToken);
        var tags = await GetAsync<TagsReply>(client, "api/tags", cancellationToken);

        var models = tags.Models ?? [];
        var match = models.FirstOrDefault(model => NamesMatch(model.Name ?? model.Model, _options.Model));

        return new OllamaServerInfo(
            version.Version ?? "unknown",
            _options.Model,
            match?.Digest ?? (match is null ? null : "unknown"),
            [.. models.Select(model => model.Name ?? model.Model ?? "").Where(name => name.Length > 0)]);
    }

    /// <summary>Ollama names an untagged model <c>NAME:latest</c>; both spellings mean the same model.</summary>
    internal static bool NamesMatch(string? installed, string wanted)
    {
        if (installed is null)
        {
            return false;
        }

        static string Normalise(string name) => name.Contains(':') ? name : name + ":latest";

        return string.Equals(Normalise(installed), Normalise(wanted), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<T> GetAsync<T>(HttpClient client, string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(path, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new AgentException(
                    AgentFailure.ServerError,
                    $"Ollama at {_options.Endpoint} answered {path} with HTTP {(int)response.StatusCode}; " +
                    "is this an Ollama server?");
            }

            return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
                ?? throw new AgentException(AgentFailure.ServerError, $"Ollama answered {path} with nothing.");
        }
        catch (Exception exception) when (exception is HttpRequestException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new AgentException(
                AgentFailure.NotRunning,
                $"Ollama is not answering at {_options.Endpoint}: start it with \"ollama serve\" or set " +
                "Ollama:Endpoint.",
                exception);
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new AgentException(
                AgentFailure.ServerError,
                $"Ollama at {_options.Endpoint} answered {path} with something that is not its JSON; " +
                "is this an Ollama server?",
                exception);
        }
    }

    private sealed record VersionReply([property: JsonPropertyName("version")] string? Version);

    private sealed record TagsReply([property: JsonPropertyName("models")] IReadOnlyList<TagsModel>? Models);

    private sealed record TagsModel(
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("model")] string? Model,
        [property: JsonPropertyName("digest")] string? Digest);
}
