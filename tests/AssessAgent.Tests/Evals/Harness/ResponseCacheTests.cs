using System.Text.Json;
using AssessAgent.Evals.Caching;
using AssessAgent.Tests.Evals.Harness.Fakes;
using Microsoft.Extensions.AI;

namespace AssessAgent.Tests.Evals.Harness;

public sealed class ResponseCacheTests
{
    // Two prompt files of three lines; a "run" renders both for each of three transcripts: six requests.
    private static readonly string[] AnswerPrompt =
        ["You assess one interview answer.", "Score it from 0 to 100.", "Answer: {answer}"];

    private static readonly string[] SummaryPrompt =
        ["You write the executive summary.", "Be brief.", "Scores: {answer}"];

    private static readonly string[] Transcripts = ["we use redis", "i led a migration", "idempotency keys"];

    private static readonly ChatOptions Options = new()
    {
        Temperature = 0,
        Seed = 42,
        ResponseFormat = ChatResponseFormat.ForJsonSchema(
            JsonDocument.Parse("{\"type\":\"object\"}").RootElement, "verdict"),
        AdditionalProperties = new() { ["num_ctx"] = 8192, ["think"] = false },
    };

    [Fact]
    public async Task RerunOfUnchangedPrompts_MakesNoModelCallAndGivesSameReplies()
    {
        var (model, cache, statistics) = Create();
        var first = await RunAsync(cache, AnswerPrompt, SummaryPrompt);

        var second = await RunAsync(cache, AnswerPrompt, SummaryPrompt);

        Assert.Equal(6, model.Calls);
        Assert.Equal(first, second);
        Assert.Equal(new CacheCounts(6, 6, 0), statistics.Snapshot());
        Assert.Equal(0.5, statistics.Snapshot().HitRate);
    }

    [Fact]
    public async Task OneEditedPromptLine_MissesExactlyTheRequestsThatRenderIt()
    {
        var (model, cache, statistics) = Create();
        await RunAsync(cache, AnswerPrompt, SummaryPrompt);
        var before = statistics.Snapshot();

        var edited = AnswerPrompt.ToArray();
        edited[1] = "Score it from 0 to 100, and never above 25 when it answers another question.";
        var replies = await RunAsync(cache, edited, SummaryPrompt);

        var change = statistics.Snapshot().Since(before);
        Assert.Equal(3, change.Misses);
        Assert.Equal(3, change.Hits);
        Assert.Equal(9, model.Calls);
        Assert.Contains(replies, reply => reply.Contains("NEVER ABOVE 25"));
    }

    [Theory]
    [InlineData("temperature")]
    [InlineData("seed")]
    [InlineData("num_ctx")]
    [InlineData("think")]
    [InlineData("schema")]
    [InlineData("model")]
    public async Task ChangedOptionOrModel_Misses(string change)
    {
        var (model, cache, _) = Create();
        var messages = Render(AnswerPrompt, Transcripts[0]);
        await cache.GetResponseAsync(messages, Options);

        var options = Options.Clone();
        options.AdditionalProperties = new(Options.AdditionalProperties!);
        switch (change)
        {
            case "temperature": options.Temperature = 0.7f; break;
            case "seed": options.Seed = 7; break;
            case "num_ctx": options.AdditionalProperties["num_ctx"] = 4096; break;
            case "think": options.AdditionalProperties["think"] = true; break;
            case "schema":
                options.ResponseFormat = ChatResponseFormat.ForJsonSchema(
                    JsonDocument.Parse("{\"type\":\"object\",\"required\":[\"score\"]}").RootElement, "verdict");
                break;
            case "model": options.ModelId = "llama3.1:8b"; break;
        }

        await cache.GetResponseAsync(messages, options);

        Assert.Equal(2, model.Calls);
    }

    [Fact]
    public async Task ChangedModelDigest_Misses()
    {
        var folder = HarnessFiles.NewScratchFolder();
        var model = new CountingChatClient();
        var statistics = new ResponseCacheStatistics();
        var messages = Render(AnswerPrompt, Transcripts[0]);

        await new ResponseCachingChatClient(model, new() { Folder = folder, ModelDigest = "sha256:aaa" }, statistics)
            .GetResponseAsync(messages, Options);
        await new ResponseCachingChatClient(model, new() { Folder = folder, ModelDigest = "sha256:bbb" }, statistics)
            .GetResponseAsync(messages, Options);
        await new ResponseCachingChatClient(model, new() { Folder = folder, ModelDigest = "sha256:aaa" }, statistics)
            .GetResponseAsync(messages, Options);

        Assert.Equal(2, model.Calls);
    }

    [Fact]
    public async Task Disabled_CallsModelEveryTimeAndStoresNothing()
    {
        var folder = HarnessFiles.NewScratchFolder();
        var (model, cache, statistics) = Create(new ResponseCacheOptions { Folder = folder, Enabled = false });

        await RunAsync(cache, AnswerPrompt, SummaryPrompt);
        await RunAsync(cache, AnswerPrompt, SummaryPrompt);

        Assert.Equal(12, model.Calls);
        Assert.Equal(new CacheCounts(0, 0, 12), statistics.Snapshot());
        Assert.Equal(0, new ResponseCacheStore(folder).Count());
    }

    [Fact]
    public async Task Streaming_SecondRequestIsServedFromCacheWithSameText()
    {
        var (model, cache, _) = Create();
        var messages = Render(AnswerPrompt, Transcripts[1]);

        var first = await cache.GetStreamingResponseAsync(messages, Options).ToChatResponseAsync();
        var second = await cache.GetStreamingResponseAsync(messages, Options).ToChatResponseAsync();

        Assert.Equal(1, model.Calls);
        Assert.Equal(first.Text, second.Text);
    }

    [Fact]
    public async Task CachedReply_KeepsUsage()
    {
        var (_, cache, _) = Create();
        var messages = Render(SummaryPrompt, Transcripts[2]);
        await cache.GetResponseAsync(messages, Options);

        var cached = await cache.GetResponseAsync(messages, Options);

        Assert.Equal(100, cached.Usage?.InputTokenCount);
    }

    private static CachedModel Create() =>
        Create(new ResponseCacheOptions { Folder = HarnessFiles.NewScratchFolder() });

    private static CachedModel Create(ResponseCacheOptions options)
    {
        var model = new CountingChatClient();
        var statistics = new ResponseCacheStatistics();

        return new CachedModel(model, new ResponseCachingChatClient(model, options, statistics), statistics);
    }

    private static async Task<List<string>> RunAsync(IChatClient client, string[] answerPrompt, string[] summaryPrompt)
    {
        var replies = new List<string>();
        foreach (var transcript in Transcripts)
        {
            replies.Add((await client.GetResponseAsync(Render(answerPrompt, transcript), Options)).Text);
            replies.Add((await client.GetResponseAsync(Render(summaryPrompt, transcript), Options)).Text);
        }

        return replies;
    }

    private static List<ChatMessage> Render(string[] prompt, string transcript) =>
    [
        new(ChatRole.System, prompt[0]),
        new(ChatRole.User, string.Join("\n", prompt[1..]).Replace("{answer}", transcript, StringComparison.Ordinal)),
    ];

    /// <summary>A counting model behind a response cache, and the cache's statistics.</summary>
    private sealed record CachedModel(
        CountingChatClient Model,
        ResponseCachingChatClient Cache,
        ResponseCacheStatistics Statistics);
}
