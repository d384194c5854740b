using AssessAgent.Assessment;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.Agent.Support;
using Xunit.Abstractions;

namespace AssessAgent.Tests.Agent;

/// <summary>
/// What the language-model path puts on the wire, read from the fake server's recorded request bodies.
/// </summary>
public sealed class OllamaWireTests(ITestOutputHelper output) : IAsyncLifetime
{
    private FakeOllamaServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOllamaServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Assess_ScoreAnswer_SendsModelSchemaAndOptionsOnTheWire()
    {
        ModelReplies.AnswerEverything(_server);
        await using var host = AgentTestHost.Create(_server.Endpoint, new Dictionary<string, string?>
        {
            ["Ollama:Think"] = "false",
            ["Ollama:KeepAlive"] = "10m",
        });

        await host.AssessOneAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        var request = _server.ChatRequestsFor("ScoreAnswer").Single().Json!;
        output.WriteLine(request.ToJsonString());
        Assert.Equal("qwen2.5:7b-instruct", request["model"]!.GetValue<string>());
        Assert.Equal(100, request["format"]!["properties"]!["score"]!["maximum"]!.GetValue<int>());
        Assert.Equal("integer", request["format"]!["properties"]!["score"]!["type"]!.GetValue<string>());
        Assert.Equal(8192, request["options"]!["num_ctx"]!.GetValue<int>());
        Assert.Equal(0.0, request["options"]!["temperature"]!.GetValue<double>());
        Assert.Equal(42, request["options"]!["seed"]!.GetValue<int>());
        Assert.Equal(400, request["options"]!["num_predict"]!.GetValue<int>());
        Assert.False(request["think"]!.GetValue<bool>());
        Assert.Equal("10m", request["keep_alive"]!.GetValue<string>());
    }

    [Fact]
    public async Task Assess_AnswerWithMarkupCharacters_ReachesTheModelVerbatimInsideItsDataTags()
    {
        ModelReplies.AnswerEverything(_server);
        await using var host = AgentTestHost.Create(_server.Endpoint);
        const string answer = "I'd cache reads & keep \"hot\" keys when load > 80% and <b>never</b> cache writes.";

        await host.AssessOneAsync(TestTranscripts.OneQuestion(answer));

        var messages = _server.ChatRequestsFor("ScoreAnswer").Single().Json!["messages"]!.AsArray();
        Assert.Equal("system", messages[0]!["role"]!.GetValue<string>());
        var user = messages[^1]!["content"]!.GetValue<string>();
        Assert.Contains($"<answer>\n{answer}\n</answer>", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_EveryQuestion_CountsModelCallsAndTokensIntoTheReport()
    {
        ModelReplies.AnswerEverything(_server);
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var report = await host.AssessAsync(TestTranscripts.Questions(2));

        var usage = report.Provenance.Usage!;
        Assert.Equal(_server.ChatRequests.Count, usage.ModelCalls);
        Assert.Equal(7, usage.ModelCalls);
        Assert.True(usage.PromptTokens > 0);
        Assert.True(usage.CompletionTokens > 0);
        Assert.Equal("ollama", report.Provenance.Assessor);
        Assert.Equal(FakeOllamaServer.ModelDigest, report.Provenance.LanguageModel!.Digest);
        Assert.Equal(FakeOllamaServer.ServerVersion, report.Provenance.LanguageModel.ServerVersion);
        Assert.Equal("8192", report.Provenance.LanguageModel.Options["num_ctx"]);
        Assert.Equal("v1", report.Provenance.PromptVersion);
        Assert.StartsWith("sha256:", report.Provenance.PromptHash, StringComparison.Ordinal);
        Assert.All(report.AllQuestions, question => Assert.Equal("ollama", question.AssessedBy));
    }
}
