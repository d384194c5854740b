using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AssessAgent.Agent.Ollama;

/// <summary>
/// Reads every <c>/api/chat</c> reply to the end, streamed (NDJSON) or not, records its final line's
/// <c>done_reason</c> and token counts in the current <see cref="ModelCallScope"/>, and turns an error line inside
/// a 200 reply into an <see cref="AgentException"/> (the client library would otherwise end with partial text or
/// an unrelated error). Reading the whole reply here also puts the body inside the resilience pipeline's timeout.
/// </summary>
internal sealed class OllamaWireObserver : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode || !IsChat(request))
        {
            return response;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var stats = ReadFinalLine(body);
        ModelCallScope.Current?.Record(stats);

        var buffered = new ByteArrayContent(body);
        CopyHeaders(response.Content.Headers, buffered.Headers);
        response.Content.Dispose();
        response.Content = buffered;

        return response;
    }

    private static bool IsChat(HttpRequestMessage request) =>
        request.RequestUri?.AbsolutePath.EndsWith("/api/chat", StringComparison.Ordinal) == true;

    private static ChatReplyStats ReadFinalLine(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        ChatReplyStats? stats = null;

        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var document = ParseOrNull(line);
            if (document is null)
            {
                continue;
            }

            var root = document.RootElement;
            ThrowOnErrorLine(root);
            if (root.TryGetProperty("done", out var done) && done.ValueKind == JsonValueKind.True)
            {
                stats = new ChatReplyStats(
                    StringOrNull(root, "done_reason"),
                    IntOrNull(root, "prompt_eval_count"),
                    IntOrNull(root, "eval_count"),
                    StringOrNull(root, "model"));
            }
        }

        return stats ?? throw new AgentException(
            AgentFailure.ServerError,
            "Ollama's chat reply ended without its final line; the server may have stopped mid-reply.");
    }

    private static void ThrowOnErrorLine(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && StringOrNull(root, "error") is { } error)
        {
            throw OllamaErrorHandler.Translate(200, error, model: StringOrNull(root, "model"));
        }
    }

    private static JsonDocument? ParseOrNull(string line)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? StringOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? IntOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;

    private static void CopyHeaders(HttpContentHeaders from, HttpContentHeaders to)
    {
        foreach (var header in from)
        {
            if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                to.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
    }
}
