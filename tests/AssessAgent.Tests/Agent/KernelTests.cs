using System.ComponentModel;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.Agent.Support;
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
