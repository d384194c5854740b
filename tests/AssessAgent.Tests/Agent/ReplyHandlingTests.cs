using AssessAgent.Agent.Assessing;
using AssessAgent.Assessment;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.Agent.Support;

namespace AssessAgent.Tests.Agent;

/// <summary>How replies that are wrapped, invalid, cut off or truncated are read, asked again or refused.</summary>
public sealed class ReplyHandlingTests : IAsyncLifetime
{
    private FakeOllamaServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOllamaServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Assess_FencedReplyWithBackticksInsideStrings_IsRead()
    {
        ModelReplies.AnswerEverything(_server);
        _server.Script("ScoreAnswer", new FakeChatReply.Answer(
            "Sure! Here is the assessment:\n```json\n{\"score\": 77, \"reasoning\": \"Uses `GET /products` caching " +
            "and a ``` fence {inside} text.\", \"addresses_assessor\": false}\n```\nLet me know if you need more."));
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var question = await host.AssessOneAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        Assert.Equal(77, question.Score);
        Assert.Single(_server.ChatRequestsFor("ScoreAnswer"));
    }

    [Fact]
    public async Task Assess_ReplyAfterThinkBlockAndThinkingField_IsReadAndReasoningNeverShown()
    {
        ModelReplies.AnswerEverything(_server);
        _server.Script("ScoreAnswer", new FakeChatReply.Answer(
            "<think>The answer deserves {\"score\": 5} maybe? SECRET-REASONING</think>\n" + ModelReplies.Score(66)));
        _server.Script("ExtractFeedback", new FakeChatReply.Answer(
            ModelReplies.Feedback(("Plans invalidation.", "explicit invalidation")), Thinking: "HIDDEN-THOUGHTS"));
        await using var host = AgentTestHost.Create(
            _server.Endpoint, new Dictionary<string, string?> { ["Ollama:Think"] = "true" });

        var report = await host.AssessAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        var question = report.AllQuestions.Single();
        Assert.Equal(66, question.Score);
        var everything = System.Text.Json.JsonSerializer.Serialize(report);
        Assert.DoesNotContain("SECRET-REASONING", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("HIDDEN-THOUGHTS", everything, StringComparison.Ordinal);
        Assert.True(_server.ChatRequestsFor("ScoreAnswer").Single().Json!["think"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("{\"score\": 140, \"reasoning\": \"Great.\", \"addresses_assessor\": false}", "/score")]
    [InlineData("{\"score\": \"eighty\", \"reasoning\": \"Great.\", \"addresses_assessor\": false}", "/score")]
    public async Task Assess_ScoreOutOfRangeOrInWords_IsAskedAgainWithTheValidationError(string invalid, string path)
    {
        ModelReplies.AnswerEverything(_server);
        _server.Script(
            "ScoreAnswer", new FakeChatReply.Answer(invalid), new FakeChatReply.Answer(ModelReplies.Score(81)));
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var question = await host.AssessOneAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        Assert.Equal(81, question.Score);
        var requests = _server.ChatRequestsFor("ScoreAnswer");
        Assert.Equal(2, requests.Count);
        Assert.DoesNotContain("could not be used", requests[0].AllMessageText, StringComparison.Ordinal);
        Assert.Contains($"could not be used: {path}", requests[1].AllMessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_InvalidJsonTwice_FallsBackToOfflineWithFlagAndProvenanceNote()
    {
        ModelReplies.AnswerEverything(_server);
        _server.Script("ScoreAnswer", new FakeChatReply.Answer("{\"score\": 80, \"reasoning\": "),
            new FakeChatReply.Answer("I think this answer is pretty good, maybe 80."));
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var report = await host.AssessAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        var question = report.AllQuestions.Single();
        Assert.Equal("offline", question.AssessedBy);
        Assert.Equal(FakeOfflineQuestionAssessor.DefaultScore, question.Score);
        var flag = Assert.Single(question.Flags, f => f.Kind == FlagKinds.ModelFallback);
        Assert.Contains("invalid twice", flag.Message, StringComparison.Ordinal);
        Assert.Contains(report.Provenance.Notes, note => note.StartsWith("technical-1:", StringComparison.Ordinal));
        Assert.Equal(2, _server.ChatRequestsFor("ScoreAnswer").Count);
    }

    [Fact]
    public async Task Assess_ReplyCutOffAtItsBudget_IsAskedAgainWithTwiceTheBudget()
    {
        ModelReplies.AnswerEverything(_server);
        _server.Script(
            "ScoreAnswer", new FakeChatReply.Answer("{\"score\": 80, \"reasoning\": \"Long", DoneReason: "length"));
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var question = await host.AssessOneAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        var requests = _server.ChatRequestsFor("ScoreAnswer");
        Assert.Equal([400, 800], requests.Select(r => r.Json!["options"]!["num_predict"]!.GetValue<int>()));
        Assert.Equal(80, question.Score);
        Assert.Equal("ollama", question.AssessedBy);
    }

    [Fact]
    public async Task Assess_ReplyCutOffTwice_FallsBackWithoutRepairingTheJson()
    {
        ModelReplies.AnswerEverything(_server);
        var cutOff = new FakeChatReply.Answer("{\"score\": 99, \"reasoning\": \"Long", DoneReason: "length");
        _server.Script("ScoreAnswer", cutOff, cutOff);
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var question = await host.AssessOneAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        Assert.Equal(FakeOfflineQuestionAssessor.DefaultScore, question.Score);
        var flag = Assert.Single(question.Flags, f => f.Kind == FlagKinds.ModelFallback);
        Assert.Contains("cut off", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_PromptEvalCountFarBelowTheEstimate_IsMarkedTruncatedAndStoresNoModelScore()
    {
        ModelReplies.AnswerEverything(_server);
        _server.Script("CheckRelevance", new FakeChatReply.Answer(ModelReplies.Relevance(), PromptEvalCount: 12));
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var question = await host.AssessOneAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        Assert.Equal("offline", question.AssessedBy);
        Assert.Equal(FakeOfflineQuestionAssessor.DefaultScore, question.Score);
        var flag = Assert.Single(question.Flags, f => f.Kind == FlagKinds.Truncated);
        Assert.Contains("truncated", flag.Message, StringComparison.Ordinal);
        Assert.Empty(_server.ChatRequestsFor("ScoreAnswer"));
    }

    // The estimate once counted every variable, the other questions among them, for prompts that do not place
    // them: with twenty questions, Ollama's true count of the score and feedback prompts fell below half the
    // estimate and every answer was taken for truncated.
    [Fact]
    public async Task Assess_ManyQuestions_OtherQuestionsCountOnlyForThePromptThatPlacesThem()
    {
        ModelReplies.AnswerEverything(_server);
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var report = await host.AssessAsync(TestTranscripts.Questions(20));

        Assert.All(report.AllQuestions, question =>
        {
            Assert.Equal("ollama", question.AssessedBy);
            Assert.DoesNotContain(question.Flags, flag => flag.Kind == FlagKinds.Truncated);
        });
    }

    [Fact]
    public async Task Assess_TranscriptTooLongForTheContext_IsRefusedBeforeSendingAndFlagged()
    {
        ModelReplies.AnswerEverything(_server);
        var longAnswer = string.Join(" ", Enumerable.Repeat(TestTranscripts.CachingAnswer, 200));
        await using var host = AgentTestHost.Create(_server.Endpoint);

        var question = await host.AssessOneAsync(TestTranscripts.OneQuestion(longAnswer));

        Assert.Empty(_server.ChatRequestsFor("CheckRelevance"));
        Assert.Equal("offline", question.AssessedBy);
        var flag = Assert.Single(question.Flags, f => f.Kind == FlagKinds.ContextOverflow);
        Assert.Contains("Ollama:ContextSize", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_CombinedCallPlan_AssessesEachAnswerInOneCall()
    {
        ModelReplies.AnswerEverything(_server, score: 72);
        await using var host = AgentTestHost.Create(
            _server.Endpoint, new Dictionary<string, string?> { ["Prompts:CallPlan"] = "Combined" });

        var question = await host.AssessOneAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        Assert.Equal(72, question.Score);
        Assert.Equal(RelevanceLabel.Relevant, question.Relevance.Label);
        Assert.Single(_server.ChatRequestsFor("AssessAnswer"));
        Assert.Empty(_server.ChatRequestsFor("ScoreAnswer"));
    }
}
