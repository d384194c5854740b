using System.Text.Json.Nodes;

namespace AssessAgent.Tests.Agent.FakeOllama;

/// <summary>One request as the fake server received it on the wire.</summary>
public sealed record RecordedRequest(string Method, string Path, string Body)
{
    /// <summary>The body as JSON, or <see langword="null"/> when it has none.</summary>
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    /// <summary>The title of the <c>format</c> schema of a chat request, which names the prompt function.</summary>
    public string? FunctionTitle => Json?["format"]?["title"]?.GetValue<string>();

    /// <summary>The concatenated content of every message of a chat request.</summary>
    public string AllMessageText =>
        string.Join("\n", Json?["messages"]?.AsArray().Select(m => m?["content"]?.GetValue<string>()) ?? []);
}
