using AssessAgent.Agent.Ollama;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.Agent.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace AssessAgent.Tests.Agent.Ollama;

/// <summary>The handler that reads Ollama's final line, for streamed (NDJSON) and whole replies alike.</summary>
public sealed class OllamaWireObserverTests : IAsyncLifetime
{
    private FakeOllamaServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOllamaServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task StreamedReply_RecordsDoneReasonAndTokenCountsAndKeepsTheText()
    {
        _server.Default("", new FakeChatReply.Answer(
            "A streamed reply long enough to come in several NDJSON lines.",
            DoneReason: "length",
            PromptEvalCount: 321));
        await using var host = AgentTestHost.Create(_server.Endpoint);
        var chat = host.Services.GetRequiredService<Kernel>().GetRequiredService<IChatClient>();

        using var scope = ModelCallScope.Begin();
        var text = "";
        await foreach (var update in chat.GetStreamingResponseAsync("Hello"))
        {
            text += update.Text;
        }

        Assert.True(_server.ChatRequests.Single().Json!["stream"]!.GetValue<bool>());
        Assert.Equal("A streamed reply long enough to come in several NDJSON lines.", text);
        var stats = Assert.Single(scope.Replies);
        Assert.Equal("length", stats.DoneReason);
        Assert.Equal(321, stats.PromptTokens);
        Assert.True(stats.HitLengthLimit);
    }
}
