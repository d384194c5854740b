using System.Net;
using System.Net.Sockets;
using AssessAgent.Agent;
using AssessAgent.Agent.Assessing;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.Agent.Support;

namespace AssessAgent.Tests.Agent;

/// <summary>How the language-model path behaves when Ollama is missing, slow or failing, seen over real HTTP.</summary>
public sealed class OllamaFailureTests : IAsyncLifetime
{
    private FakeOllamaServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOllamaServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Assess_NothingListening_FailsWithOneLineSayingOllamaServe()
    {
        await using var host = AgentTestHost.Create(ClosedPortEndpoint());

        var exception = await Assert.ThrowsAsync<AgentException>(
            () => host.AssessAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer)));

        Assert.Equal(AgentFailure.NotRunning, exception.Failure);
        Assert.Contains("ollama serve", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', exception.Message);
    }

    [Fact]
    public async Task Assess_AutoWithNothingListening_UsesTheOfflineAssessorWithOneNotice()
    {
        await using var host = AgentTestHost.Create(
            ClosedPortEndpoint(), new Dictionary<string, string?> { ["Assessment:Provider"] = "Auto" });

        var report = await host.AssessAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        Assert.Equal("offline", report.Provenance.Assessor);
        Assert.Null(report.Provenance.Usage);
        var notice = Assert.Single(host.Logs.Entries, entry => entry.EventId == 4002);
        Assert.Contains("offline assessor", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_ModelNotPulled_FailsSayingOllamaPullModel()
    {
        _server.Models.Clear();
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var exception = await Assert.ThrowsAsync<AgentException>(
            () => host.AssessAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer)));

        Assert.Equal(AgentFailure.ModelNotPulled, exception.Failure);
        Assert.Contains("ollama pull qwen2.5:7b-instruct", exception.Message, StringComparison.Ordinal);
        Assert.Empty(_server.ChatRequests);
    }

    [Fact]
    public async Task Assess_ChatAnswers404_KeepsOllamaErrorTextAndSaysOllamaPull()
    {
        ModelReplies.AnswerEverything(_server);
        _server.Script(
            "CheckRelevance",
            new FakeChatReply.Error(404, "model \"qwen2.5:7b-instruct\" not found, try pulling it first"));
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var exception = await Assert.ThrowsAsync<AgentException>(
            () => host.AssessAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer)));

        Assert.Equal(AgentFailure.ModelNotPulled, exception.Failure);
        Assert.Contains("try pulling it first", exception.Message, StringComparison.Ordinal);
        Assert.Contains("ollama pull", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, "llama runner process has terminated")]
    [InlineData(503, "server busy, please try again.  maximum pending requests exceeded")]
    public async Task Assess_ServerErrorThenSuccess_RetriesAndUsesTheModel(int status, string error)
    {
        ModelReplies.AnswerEverything(_server);
        _server.Script("ScoreAnswer", new FakeChatReply.Error(status, error));
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var question = await host.AssessOneAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        Assert.Equal(2, _server.ChatRequestsFor("ScoreAnswer").Count);
        Assert.Equal("ollama", question.AssessedBy);
        Assert.Equal(80, question.Score);
    }

    [Fact]
    public async Task Assess_ServerErrorEveryTime_FailsWithOllamaErrorTextAfterTheRetries()
    {
        ModelReplies.AnswerEverything(_server);
        _server.Default("CheckRelevance", new FakeChatReply.Error(500, "CUDA error: out of memory"));
        await using var host = AgentTestHost.Create(
            _server.Endpoint, new Dictionary<string, string?> { ["Ollama:MaxRetries"] = "2" });

        var exception = await Assert.ThrowsAsync<AgentException>(
            () => host.AssessAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer)));

        Assert.Equal(AgentFailure.ServerError, exception.Failure);
        Assert.Contains("CUDA error: out of memory", exception.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.ChatRequestsFor("CheckRelevance").Count);
    }

    [Fact]
    public async Task Assess_GenerationStallsPastTheTimeout_FallsBackWithoutRetrying()
    {
        ModelReplies.AnswerEverything(_server);
        _server.Script("ScoreAnswer", new FakeChatReply.Stall());
        await using var host = AgentTestHost.Create(
            _server.Endpoint, new Dictionary<string, string?> { ["Ollama:RequestTimeout"] = "00:00:02" });

        var question = await host.AssessOneAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        Assert.Single(_server.ChatRequestsFor("ScoreAnswer"));
        Assert.Equal("offline", question.AssessedBy);
        Assert.Equal(FakeOfflineQuestionAssessor.DefaultScore, question.Score);
        var flag = Assert.Single(question.Flags, f => f.Kind == FlagKinds.ModelFallback);
        Assert.Contains("Ollama:RequestTimeout", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_CancelledDuringAStall_PassesTheCancellationThrough()
    {
        ModelReplies.AnswerEverything(_server);
        _server.Script("CheckRelevance", new FakeChatReply.Stall());
        await using var host = AgentTestHost.Create(_server.Endpoint);
        using var cancellation = new CancellationTokenSource();

        var assessing = host.InterviewAssessor.AssessAsync(
            TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer), cancellation.Token);
        await WhenAsync(() => _server.ChatRequestsFor("CheckRelevance").Count == 1);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => assessing);
        Assert.Single(_server.ChatRequestsFor("CheckRelevance"));
    }

    [Fact]
    public async Task Assess_ErrorLineInsideA200Reply_FailsWithOllamaErrorText()
    {
        ModelReplies.AnswerEverything(_server);
        const string error = "an error was encountered while running the model";
        _server.Script("CheckRelevance", new FakeChatReply.StreamError(error));
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var exception = await Assert.ThrowsAsync<AgentException>(
            () => host.AssessAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer)));

        Assert.Contains(error, exception.Message, StringComparison.Ordinal);
    }

    private static async Task WhenAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, patience.Token);
        }
    }

    private static string ClosedPortEndpoint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        return $"http://127.0.0.1:{port}/";
    }
}
