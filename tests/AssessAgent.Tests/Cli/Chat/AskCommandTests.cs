using System.Text.Json;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli.Chat;

/// <summary>
/// <c>assessagent ask</c> through the built executable, over a store holding every eval case: offline, and on the
/// fake Ollama server where the model calls the store's functions.
/// </summary>
[Collection(EvalCaseStore.Collection)]
public sealed class AskCommandTests(EvalCaseStore cases)
{
    private const string RedisQuestion = "who answered the Redis session question best?";
    private const string Seed = "01-seed-misaligned-report";

    [Fact]
    public async Task Ask_RedisSessionBestOffline_NamesTheSeedsCandidateWithACitation()
    {
        var result = await RunAsync(null, "ask", RedisQuestion);

        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n');
        Assert.Contains($"\"{RedisSessionQuestion().Question}\"", lines[0]);
        Assert.StartsWith($"Alex Thompson [{cases.Ids[Seed]} {RedisSessionQuestion().QuestionId}] scored ", lines[1]);
        Assert.Contains("Only one candidate answered this question", result.StandardOutput);
        Assert.Contains($"Sources: [{cases.Ids[Seed]} {RedisSessionQuestion().QuestionId}]", result.StandardOutput);
    }

    [Fact]
    public async Task Ask_Json_PrintsAnswerCitationsEvidenceAndWhoAnswered()
    {
        var result = await RunAsync(null, "ask", RedisQuestion, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        Assert.Equal(
            ["answer", "citations", "hasEvidence", "answeredBy"],
            root.EnumerateObject().Select(property => property.Name));
        Assert.Contains("Alex Thompson", root.GetProperty("answer").GetString());
        Assert.True(root.GetProperty("hasEvidence").GetBoolean());
        Assert.Equal("retrieval", root.GetProperty("answeredBy").GetString());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(cases.Ids[Seed], citation.GetProperty("assessmentId").GetString());
        Assert.Equal(RedisSessionQuestion().QuestionId, citation.GetProperty("questionId").GetString());
        Assert.Equal("Alex Thompson", citation.GetProperty("candidate").GetString());
        Assert.Equal(
            $"[{cases.Ids[Seed]} {RedisSessionQuestion().QuestionId}]", citation.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task Ask_NoStoredQuestionMatches_SaysSoWithoutEvidenceAndSucceeds()
    {
        var result = await RunAsync(null, "ask", "Who answered the quantum chromodynamics question best?", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.False(json.RootElement.GetProperty("hasEvidence").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("citations").GetArrayLength());
        Assert.StartsWith("The store has no evidence", json.RootElement.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Ask_EmptyStore_SaysTheStoreHasNoEvidence()
    {
        var result = await CliProcess.RunAsync("ask", "Who talked about Redis?");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("The store has no evidence for that", result.StandardOutput);
        Assert.DoesNotContain("Sources:", result.StandardOutput);
    }

    [Fact]
    public async Task Ask_EmptyQuestion_IsAUsageErrorThatSaysSo()
    {
        var result = await RunAsync(null, "ask", "  ");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("The question is empty", result.StandardError);
    }

    [Fact]
    public async Task Ask_WithOllama_TheModelsToolCallRunsTheRankingAndTheAnswerCitesIt()
    {
        await using var server = await FakeOllamaServer.StartAsync();
        var (seedId, questionId) = (cases.Ids[Seed], RedisSessionQuestion().QuestionId);
        server.Script("",
            new FakeChatReply.ToolCall("store_rank_answers", """{"question":"Redis session","order":"best"}"""),
            new FakeChatReply.Answer($"Alex Thompson, the only one asked, was off-topic [{seedId} {questionId}]."));

        var result = await CliProcess.RunWithStoreAsync(
            cases.DataFolder, OnOllama(server), null, "ask", RedisQuestion, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, server.ChatRequests.Count);
        var toolResult = ToolResults(server.ChatRequests[1]).Single();
        Assert.Equal(RedisSessionQuestion().Question, toolResult.GetProperty("question").GetString());
        Assert.Equal(1, toolResult.GetProperty("candidateCount").GetInt32());
        var top = toolResult.GetProperty("answers")[0];
        Assert.Equal((seedId, questionId), (top.GetProperty("assessmentId").GetString(),
            top.GetProperty("questionId").GetString()));
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        Assert.Equal("qwen2.5:7b-instruct", root.GetProperty("answeredBy").GetString());
        Assert.Contains($"[{seedId} {questionId}]", root.GetProperty("answer").GetString());
        Assert.Equal(seedId, root.GetProperty("citations")[0].GetProperty("assessmentId").GetString());
        Assert.True(root.GetProperty("hasEvidence").GetBoolean());
    }

    /// <summary>The environment of a run on the store and the fake Ollama server.</summary>
    internal static Dictionary<string, string> OnOllama(FakeOllamaServer server, EvalCaseStore cases) =>
        new(cases.Environment)
        {
            ["ASSESSAGENT_Assessment__Provider"] = "Ollama",
            ["ASSESSAGENT_Ollama__Endpoint"] = server.Endpoint.ToString(),
        };

    /// <summary>The tool results a request carries back to the model, each the function's JSON.</summary>
    internal static IEnumerable<JsonElement> ToolResults(RecordedRequest request) =>
        (request.Json?["messages"]?.AsArray() ?? [])
            .Where(message => message?["role"]?.GetValue<string>() == "tool")
            .Select(message => JsonDocument.Parse(message?["content"]?.GetValue<string>() ?? "{}").RootElement)
            .Select(wrapper => wrapper.TryGetProperty("Result", out var result)
                && result.ValueKind == JsonValueKind.String
                    ? JsonDocument.Parse(result.GetString()!).RootElement
                    : wrapper);

    private Dictionary<string, string> OnOllama(FakeOllamaServer server) => OnOllama(server, cases);

    private Task<CliResult> RunAsync(string? standardInput, params string[] arguments) =>
        CliProcess.RunWithStoreAsync(cases.DataFolder, cases.Environment, standardInput, arguments);

    private AssessAgent.Assessment.QuestionAssessment RedisSessionQuestion() =>
        cases.Reports[Seed].AllQuestions.Single(question =>
            question.Question.Contains("Redis for session management", StringComparison.Ordinal));
}
