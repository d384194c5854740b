using System.Net.Sockets;
using System.Text.Json;
using AssessAgent.Agent.Configuration;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AssessAgent.Agent.Ollama;

/// <summary>
/// The outermost handler on Ollama's HTTP client: turns what is left after the retries into one
/// <see cref="AgentException"/> with a message a user can act on. It reads Ollama's <c>error</c> text from the body
/// of a failed reply, which the client library otherwise drops for every status but 400.
/// </summary>
internal sealed class OllamaErrorHandler(IOptions<OllamaOptions> options) : DelegatingHandler
{
    private readonly OllamaOptions _options = options.Value;

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (TranslateTransport(exception) is { } translated)
        {
            throw translated;
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);

            throw Translate((int)response.StatusCode, ErrorText(body), _options.Model);
        }
    }

    /// <summary>Turns Ollama's error text and status into the failure a user can act on.</summary>
    internal static AgentException Translate(int status, string error, string? model)
    {
        var name = model ?? "the model";
        var (failure, message) = Classify(status, error) switch
        {
            AgentFailure.ModelNotPulled => (AgentFailure.ModelNotPulled,
                $"Ollama does not have the model \"{name}\": run \"ollama pull {name}\" ({error})."),
            AgentFailure.ToolsUnsupported => (AgentFailure.ToolsUnsupported,
                $"The model \"{name}\" does not support tools; choose a model that does, such as qwen2.5:7b-instruct."),
            AgentFailure.ModelLoading => (AgentFailure.ModelLoading,
                $"Ollama is still loading the model \"{name}\"; try again in a minute ({error})."),
            AgentFailure.ServerBusy => (AgentFailure.ServerBusy,
                $"Ollama is busy with other requests (HTTP {status}: {error}); try again later."),
            AgentFailure.ContextOverflow => (AgentFailure.ContextOverflow,
                $"The prompt does not fit the model's context (HTTP {status}: {error}); raise Ollama:ContextSize."),
            AgentFailure.BadRequest => (AgentFailure.BadRequest, $"Ollama refused the request: {error}."),
            var other => (other, $"Ollama failed with HTTP {status}: {error}."),
        };

        return new AgentException(failure, message);
    }

    private static AgentFailure Classify(int status, string error)
    {
        if (error.Contains("does not support tools", StringComparison.OrdinalIgnoreCase))
        {
            return AgentFailure.ToolsUnsupported;
        }

        if (status == 404 || (error.Contains("model", StringComparison.OrdinalIgnoreCase)
            && error.Contains("not found", StringComparison.OrdinalIgnoreCase)))
        {
            return AgentFailure.ModelNotPulled;
        }

        if (error.Contains("loading", StringComparison.OrdinalIgnoreCase))
        {
            return AgentFailure.ModelLoading;
        }

        if (status == 503 || error.Contains("busy", StringComparison.OrdinalIgnoreCase))
        {
            return AgentFailure.ServerBusy;
        }

        if (error.Contains("context", StringComparison.OrdinalIgnoreCase))
        {
            return AgentFailure.ContextOverflow;
        }

        return status == 400 ? AgentFailure.BadRequest : AgentFailure.ServerError;
    }

    private AgentException? TranslateTransport(Exception exception) => exception switch
    {
        AgentException => null,
        TimeoutRejectedException => new AgentException(
            AgentFailure.TimedOut,
            $"Ollama did not finish within {_options.RequestTimeout} (Ollama:RequestTimeout); the model may be too " +
            "slow for this machine.",
            exception),
        BrokenCircuitException => new AgentException(
            AgentFailure.CircuitOpen,
            $"Ollama at {_options.Endpoint} failed repeatedly, so calls are paused for a while; check \"ollama ps\" " +
            "and the server's log.",
            exception),
        HttpRequestException when IsConnectionFailure(exception) => new AgentException(
            AgentFailure.NotRunning,
            $"Ollama is not answering at {_options.Endpoint}: start it with \"ollama serve\" or set Ollama:Endpoint.",
            exception),
        HttpRequestException => new AgentException(
            AgentFailure.ServerError,
            $"The connection to Ollama at {_options.Endpoint} failed: {exception.Message}",
            exception),
        _ => null,
    };

    private static bool IsConnectionFailure(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError
            or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError }
        || exception.InnerException is SocketException;

    private static string ErrorText(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.String)
            {
                return error.GetString() ?? "";
            }
        }
        catch (JsonException)
        {
            // Not Ollama's JSON error shape: the body itself is the best description there is.
        }

        var trimmed = body.ReplaceLineEndings(" ").Trim();

        return trimmed.Length == 0 ? "no error text" : trimmed[..Math.Min(trimmed.Length, 300)];
    }
}
