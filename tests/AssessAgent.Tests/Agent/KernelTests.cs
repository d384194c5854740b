using System.ComponentModel;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.Agent.Support;
using AssessAgent.LanguageModels;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace AssessAgent.Tests.Agent;

/// <summary>The kernel the DI extension registers: prompt plugins, tool calls and concurrency.</summary>
public sealed class KernelTests : IAsyncLifetime
{
    private FakeOllamaServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOllamaServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Kernel_HasEveryPromptPluginOfTheVersion()
    {
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var kernel = host.Services.GetRequiredService<Kernel>();

        Assert.Equal(
            ["Assessment", "Feedback", "Recommendation", "Relevance", "Scoring"],
            kernel.Plugins.Select(plugin => plugin.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Kernel_ModelAsksForATool_RunsTheFunctionAndSendsItsResultBack()
    {
        _server.Script("", new FakeChatReply.ToolCall("Clock_Today"), new FakeChatReply.Answer("It is the 3rd."));
        await using var host = AgentTestHost.Create(_server.Endpoint);
        var kernel = host.Services.GetRequiredService<Kernel>().Clone();
        var clock = new FakeClock();
        kernel.Plugins.AddFromObject(clock, "Clock");

        var settings = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };

        var result = await kernel.InvokePromptAsync("What day is it?", new KernelArguments(settings));

        Assert.Equal("It is the 3rd.", result.ToString());
        Assert.Equal(1, clock.Calls);
        var second = _server.ChatRequests[1].Json!["messages"]!.AsArray();
        Assert.Contains("2026-12-03", second[^1]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_FiveQuestions_RunsAtMostMaxParallelismModelCallsAtOnce()
    {
        ModelReplies.AnswerEverything(_server);
        _server.ChatDelay = TimeSpan.FromMilliseconds(300);
        await using var host = AgentTestHost.Create(
            _server.Endpoint, new Dictionary<string, string?> { ["Ollama:MaxParallelism"] = "2" });

        await host.AssessAsync(TestTranscripts.Questions(5));

        Assert.Equal(2, _server.MaxChatsInFlight);
    }

    [Fact]
    public async Task Assess_RegisteredChatClientDecorator_AnswersInsteadOfTheServer()
    {
        ModelReplies.AnswerEverything(_server, score: 80);
        await using var host = AgentTestHost.Create(
            _server.Endpoint,
            configure: services => services.AddSingleton<IChatClientDecorator>(new CannedScoreDecorator(score: 63)));

        var question = await host.AssessOneAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        Assert.Equal(63, question.Score);
        Assert.Empty(_server.ChatRequestsFor("ScoreAnswer"));
        Assert.Single(_server.ChatRequestsFor("CheckRelevance"));
    }

    // Answers ScoreAnswer itself, the way a response cache answers a request it has seen.
    private sealed class CannedScoreDecorator(int score) : IChatClientDecorator
    {
        public IChatClient Decorate(IChatClient inner) => new CannedScoreClient(inner, score);
    }

    private sealed class CannedScoreClient(IChatClient inner, int score) : DelegatingChatClient(inner)
    {
        public override Task<ChatResponse> GetResponseAsync(
            IEnumerable<ChatMessage> messages,
            ChatOptions? options = null,
            CancellationToken cancellationToken = default) =>
            messages.Any(message => message.Text.Contains("score one answer", StringComparison.Ordinal))
                ? Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, ModelReplies.Score(score))))
                : base.GetResponseAsync(messages, options, cancellationToken);
    }

    private sealed class FakeClock
    {
        public int Calls { get; private set; }

        [KernelFunction("Today")]
        [Description("Today's date.")]
        public string Today()
        {
            Calls++;

            return "2026-12-03";
        }
    }
}
