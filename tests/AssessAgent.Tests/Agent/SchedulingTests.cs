using AssessAgent.Assessment.Pipeline;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.Agent.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Agent;

/// <summary>
/// How the model calls of a report are scheduled: which overlap, up to what limit, and what does not wait for
/// them. The fake server holds replies back until released, so what is in flight together is seen directly.
/// </summary>
public sealed class SchedulingTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private FakeOllamaServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOllamaServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Assess_SeparatePlanThreeAnswersFourSlots_ScoresAndFeedbackFillEverySlotAndNoMore()
    {
        ModelReplies.AnswerEverything(_server);
        _server.Hold("ScoreAnswer");
        _server.Hold("ExtractFeedback");
        await using var host = AgentTestHost.Create(
            _server.Endpoint, new Dictionary<string, string?> { ["Ollama:MaxParallelism"] = "4" });

        var assessing = host.AssessAsync(TestTranscripts.Questions(3));
        await _server.WaitForChatsInFlightAsync(4, Patience);
        _server.Release("ScoreAnswer");
        _server.Release("ExtractFeedback");
        var report = await assessing;

        Assert.Equal(4, _server.MaxChatsInFlight);
        Assert.Equal(9, _server.ChatRequests.Count(request => request.FunctionTitle != "WriteRecommendation"));
        Assert.All(report.AllQuestions, question => Assert.Equal("ollama", question.AssessedBy));
    }

    [Fact]
    public async Task Assess_SeparatePlanOneAnswer_ScoreAndFeedbackAreInFlightTogetherAfterTheRelevanceReply()
    {
        ModelReplies.AnswerEverything(_server);
        _server.Hold("ScoreAnswer");
        _server.Hold("ExtractFeedback");
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var assessing = host.AssessAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));
        await _server.WaitForChatsInFlightAsync(2, Patience);
        _server.Release("ScoreAnswer");
        _server.Release("ExtractFeedback");
        await assessing;

        Assert.Equal("CheckRelevance", _server.ChatRequests[0].FunctionTitle);
        Assert.Equal(
            ["ExtractFeedback", "ScoreAnswer"],
            _server.ChatRequests.Skip(1).Take(2)
                .Select(request => request.FunctionTitle)
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Assess_OfflineAssessmentNotDoneYet_TheModelIsAlreadyAsked()
    {
        ModelReplies.AnswerEverything(_server);
        _server.Hold("CheckRelevance");
        await using var host = AgentTestHost.Create(_server.Endpoint);

        // The offline assessment finishes only once a model call is in flight: made first, it would wait forever.
        host.OfflineAssessor.BeforeAssessing = async _ =>
        {
            await _server.WaitForChatsInFlightAsync(1, Patience);
            _server.Release("CheckRelevance");
        };

        var question = await host.AssessOneAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        Assert.Equal("ollama", question.AssessedBy);
    }

    [Theory]
    [InlineData("1", 4)]
    [InlineData("4", 16)]
    [InlineData("32", 64)]
    public async Task AddOllamaAssessment_ModelSlots_LetThePipelineStartEnoughQuestionsToKeepThemBusy(
        string slots,
        int questions)
    {
        await using var host = AgentTestHost.Create(
            _server.Endpoint,
            new Dictionary<string, string?> { ["Ollama:MaxParallelism"] = slots },
            services => services.AddOptions<PipelineOptions>());

        var options = host.Services.GetRequiredService<IOptions<PipelineOptions>>().Value;

        Assert.Equal(questions, options.MaxParallelQuestions);
    }
}
