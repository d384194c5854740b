using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using AssessAgent.Tests.Agent.FakeOllama;

namespace AssessAgent.Tests.Service;

/// <summary>
/// <c>POST /chat</c> with Ollama: the store's chat seam hands the question to the model, which calls the store's
/// query functions, over the fake Ollama server.
/// </summary>
public sealed class ModelChatTests : IAsyncLifetime
{
    private FakeOllamaServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOllamaServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Chat_WithOllama_TheModelSearchesTheStoreAndTheAnswerCitesTheServicesAssessment()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(), Ollama("Ollama"));
        var job = await service.WaitForAsync(
            await service.SubmitAsync(Transcripts.Markdown("model-chat", "Noor Haddad"), "text/markdown"));
        var assessmentId = job.GetProperty("assessmentId").GetString()!;
        _server.Script("",
            new FakeChatReply.ToolCall("store_search", """{"query":"cache hot reads","limit":3}"""),
            new FakeChatReply.Answer($"Noor Haddad caches hot reads [{assessmentId} technical-1]."));

        using var response = await service.Client.PostAsJsonAsync("/chat", new { question = "Who caches reads?" });
        var events = ServerSentEvents.Parse(await response.Content.ReadAsStringAsync());

        var answer = string.Concat(events.Where(e => e.Type == "answer").Select(e => e.Data));
        Assert.Equal($"Noor Haddad caches hot reads [{assessmentId} technical-1].", answer);
        Assert.Contains(events, e => e.Type == "citation"
            && JsonDocument.Parse(e.Data).RootElement.GetProperty("assessmentId").GetString() == assessmentId);
        var done = JsonDocument.Parse(events[^1].Data).RootElement;
        Assert.Equal("qwen2.5:7b-instruct", done.GetProperty("answeredBy").GetString());
        Assert.Equal(2, _server.ChatRequests.Count);
    }

    [Fact]
    public async Task Chat_OllamaRequiredButDown_Answers503Problem()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(),
            Ollama("Ollama", NothingListening()));

        using var response = await service.Client.PostAsJsonAsync("/chat", new { question = "Who caches reads?" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Chat_AutoWithOllamaDown_SaysSoInANoticeAndAnswersByRetrieval()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(),
            Ollama("Auto", NothingListening()));

        using var response = await service.Client.PostAsJsonAsync("/chat", new { question = "/help" });
        var events = ServerSentEvents.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("notice", events[0].Type);
        Assert.Contains("retrieval", events[0].Data, StringComparison.Ordinal);
        Assert.Equal("retrieval",
            JsonDocument.Parse(events[^1].Data).RootElement.GetProperty("answeredBy").GetString());
    }

    private Dictionary<string, string?> Ollama(string provider, Uri? endpoint = null) => new()
    {
        ["Assessment:Provider"] = provider,
        ["Ollama:Endpoint"] = (endpoint ?? _server.Endpoint).ToString(),
        ["Ollama:RetryDelay"] = "00:00:00.010",
    };

    private static Uri NothingListening()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        return new Uri($"http://127.0.0.1:{port}/");
    }
}
