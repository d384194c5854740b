using System.Text.Json.Nodes;
using AssessAgent.Store.Chat;
using AssessAgent.Store.Queries;
using AssessAgent.Tests.Agent.FakeOllama;
using Microsoft.Extensions.Logging.Abstractions;
using OllamaSharp;

namespace AssessAgent.Tests.Store.Chat;

/// <summary>
/// The chat's function-calling round trip through the agent tests' fake Ollama server over loopback HTTP: the
/// model asks for a tool, the store's C# function runs with the model's arguments, its result goes back to the
/// model, and the answer cites it.
/// </summary>
public sealed class AssessmentChatTests : IAsyncLifetime
{
    private const string Model = "qwen2.5:7b-instruct";

    private static readonly string[] StoreTools =
    [
        "store_search", "store_get_assessment", "store_list_candidates", "store_compare_candidates",
        "store_score_statistics", "store_rank_answers",
    ];

    private FakeOllamaServer _server = null!;
    private ChatStoreFixture _store = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOllamaServer.StartAsync();
        _store = await ChatStoreFixture.CreateAsync();
        _http = new HttpClient { BaseAddress = _server.Endpoint, Timeout = TimeSpan.FromMinutes(2) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _store.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Ask_ModelCallsSearch_RunsTheFunctionAndAnswersFromItsResult()
    {
        var adaId = _store.Ids["Ada Example"];
        _server.Script("",
            new FakeChatReply.ToolCall("store_search", """{"query":"read replicas","limit":3}"""),
            new FakeChatReply.Answer($"Ada Example proposed read replicas [{adaId} technical-1]."));

        var answer = await CreateChat().AskAsync("Who talked about read replicas?");

        var search = Assert.Single(_store.Queries.Searches);
        Assert.Equal(("read replicas", 3), (search.Text, search.Limit));
        var requests = _server.ChatRequests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, request => Assert.False(request.Json?["stream"]?.GetValue<bool>() ?? true));
        AssertCarriesStoreTools(requests[0]);
        var toolResult = ToolMessages(requests[1]).Single();
        Assert.Contains(adaId, toolResult);
        Assert.Contains("technical-1", toolResult);
        Assert.Contains(adaId, answer.Text);
        Assert.Contains(
            answer.Citations, citation => citation.AssessmentId == adaId && citation.QuestionId == "technical-1");
        Assert.True(answer.HasEvidence);
    }

    [Fact]
    public async Task AskStreaming_ModelCallsStatistics_RunsTheFunctionWithTheFiltersAndStreamsTheAnswer()
    {
        _server.Script("",
            new FakeChatReply.ToolCall(
                "store_score_statistics", """{"groupBy":"question","position":"backend"}"""),
            new FakeChatReply.Answer("Backend candidates averaged 61 on the conflict question."));
        var streamed = new List<string>();

        var answer = await CreateChat().AskStreamingAsync(
            "What is the average score per question for backend candidates?",
            text =>
            {
                streamed.Add(text);
                return ValueTask.CompletedTask;
            });

        var (filter, grouping) = Assert.Single(_store.Queries.Statistics);
        Assert.Equal("backend", filter.Position);
        Assert.Equal(AssessAgent.Store.Queries.StatisticsGrouping.Question, grouping);
        var requests = _server.ChatRequests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, request => Assert.True(request.Json?["stream"]?.GetValue<bool>()));
        AssertCarriesStoreTools(requests[0]);
        var toolResult = ToolMessages(requests[1]).Single();
        Assert.Contains("behavioral-1", toolResult);
        Assert.Contains("\"assessments\":2", toolResult);
        Assert.Equal("Backend candidates averaged 61 on the conflict question.", string.Concat(streamed));
        Assert.Equal(string.Concat(streamed), answer.Text);
    }

    [Fact]
    public async Task Ask_ModelCallsRankAnswers_RunsTheRankingWithItsArgumentsAndReturnsTheOrderedAnswers()
    {
        var adaId = _store.Ids["Ada Example"];
        _server.Script("",
            new FakeChatReply.ToolCall(
                "store_rank_answers", """{"question":"read replicas for heavy reads","order":"worst","limit":2}"""),
            new FakeChatReply.Answer($"Only Ada Example answered it [{adaId} technical-1]."));

        var answer = await CreateChat().AskAsync("Who answered the database scaling question worst?");

        var ranking = Assert.Single(_store.Queries.Rankings);
        Assert.Equal(("read replicas for heavy reads", RankingOrder.Worst, 2),
            (ranking.Question, ranking.Order, ranking.Limit));
        var toolResult = JsonNode.Parse(ToolMessages(_server.ChatRequests[1]).Single())!;
        Assert.Equal("How would you scale a relational database for heavy reads?", (string?)toolResult["question"]);
        Assert.Equal(1, (int?)toolResult["candidateCount"]);
        Assert.Equal(adaId, (string?)toolResult["answers"]?[0]?["assessmentId"]);
        Assert.Contains("Only one candidate answered", toolResult["notes"]?.ToJsonString());
        Assert.Equal(new Citation(adaId, "Ada Example", "technical-1",
            "How would you scale a relational database for heavy reads?", TimeSpan.FromMinutes(5)),
            Assert.Single(answer.Citations));
    }

    [Fact]
    public async Task Ask_ToolArgumentsThatDoNotBind_GoBackToTheModelAsAToolResult()
    {
        _server.Script("",
            new FakeChatReply.ToolCall("store_search", """{"limit":"many"}"""),
            new FakeChatReply.Answer("I could not search the store."));

        var answer = await CreateChat().AskAsync("Who talked about caching?");

        Assert.Empty(_store.Queries.Searches);
        Assert.Equal(2, _server.ChatRequests.Count);
        Assert.Contains("rror", ToolMessages(_server.ChatRequests[1]).Single());
        Assert.Equal("I could not search the store.", answer.Text);
        Assert.False(answer.HasEvidence);
    }

    [Fact]
    public async Task Ask_BadFilterValue_ReturnsTheProblemToTheModelWithoutQuerying()
    {
        _server.Script("",
            new FakeChatReply.ToolCall("store_list_candidates", """{"recommendation":"maybe"}"""),
            new FakeChatReply.Answer("That recommendation does not exist."));

        await CreateChat().AskAsync("Which candidates got a maybe?");

        Assert.Empty(_store.Queries.CandidateListings);
        Assert.Contains("recommendation 'maybe' is not one of", ToolMessages(_server.ChatRequests[1]).Single());
    }

    [Fact]
    public async Task Ask_ModelWithoutToolSupport_FailsWithAMessageThatSaysWhatToDo()
    {
        _server.Script("",
            new FakeChatReply.Error(400, $"registry.ollama.ai/library/{Model} does not support tools"));
        var chat = CreateChat();

        var error = await Assert.ThrowsAsync<AssessmentChatException>(() => chat.AskAsync("Who knows Redis?"));

        Assert.Contains($"'{Model}' does not support tools", error.Message);
        Assert.Contains("without a model", error.Message);
        Assert.Single(chat.History);
    }

    [Fact]
    public async Task Ask_WhoWasARecommendation_PromptLeadsToListCandidatesWhoseFilterTakesTheRecommendation()
    {
        var boId = _store.Ids["Bo Sample"];
        _server.Script("",
            new FakeChatReply.ToolCall("store_list_candidates", """{"recommendation":"no hire"}"""),
            new FakeChatReply.Answer($"Bo Sample was a no hire [{boId}]."));

        var answer = await CreateChat().AskAsync("How many were no hire?");

        var system = _server.ChatRequests[0].Json?["messages"]?[0]?["content"]?.GetValue<string>() ?? "";
        Assert.Contains("\"which candidates were inconclusive\"", system, StringComparison.Ordinal);
        Assert.Contains("call store_list_candidates with recommendation", system, StringComparison.Ordinal);
        var filter = Assert.Single(_store.Queries.CandidateListings);
        Assert.Equal(AssessAgent.Assessment.HiringDecision.NoHire, filter.Recommendation);
        var toolResult = ToolMessages(_server.ChatRequests[1]).Single();
        Assert.Contains("\"count\":1", toolResult, StringComparison.Ordinal);
        Assert.Contains("Bo Sample", toolResult, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada Example", toolResult, StringComparison.Ordinal);
        Assert.Equal([boId], answer.Citations.Select(citation => citation.AssessmentId));
    }

    [Fact]
    public async Task Ask_SecondQuestion_SendsTheWholeHistory()
    {
        _server.Script("",
            new FakeChatReply.Answer("The store holds three candidates."),
            new FakeChatReply.Answer("Ada is one of them."));
        var chat = CreateChat();

        await chat.AskAsync("Who is in the store?");
        await chat.AskAsync("Name one.");

        var messages = _server.ChatRequests[1].Json?["messages"]?.AsArray() ?? [];
        Assert.Equal(
            ["system", "user", "assistant", "user"],
            messages.Select(message => message?["role"]?.GetValue<string>()));
    }

    private AssessmentChat CreateChat() =>
        new(
            new OllamaApiClient(_http, Model),
            Model,
            new AssessmentQueryPlugin(_store.Queries, _store.Store),
            NullLoggerFactory.Instance);

    private static void AssertCarriesStoreTools(RecordedRequest request)
    {
        var tools = request.Json?["tools"]?.AsArray() ?? [];
        var names = tools.Select(tool => tool?["function"]?["name"]?.GetValue<string>()).ToList();
        Assert.Equal(StoreTools.Order(), names.Order());
        Assert.All(tools, tool => Assert.False(
            string.IsNullOrWhiteSpace(tool?["function"]?["description"]?.GetValue<string>())));
        var search = tools.Single(tool => tool?["function"]?["name"]?.GetValue<string>() == "store_search");
        Assert.Equal(
            "query",
            Assert.Single(search?["function"]?["parameters"]?["required"]?.AsArray() ?? [])?.GetValue<string>());
    }

    /// <summary>
    /// The tool results a request carries back to the model. Semantic Kernel sends each as a JSON wrapper whose
    /// <c>Result</c> is the function's return value; the text returned is that value.
    /// </summary>
    private static IEnumerable<string> ToolMessages(RecordedRequest request) =>
        (request.Json?["messages"]?.AsArray() ?? [])
            .Where(message => message?["role"]?.GetValue<string>() == "tool")
            .Select(message => message?["content"]?.GetValue<string>() ?? string.Empty)
            .Select(content => JsonNode.Parse(content)?["Result"] is JsonValue result
                ? result.ToString()
                : content);
}
