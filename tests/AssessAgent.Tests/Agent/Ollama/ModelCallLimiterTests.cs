using AssessAgent.Agent.Configuration;
using AssessAgent.Agent.Ollama;
using AssessAgent.Tests.TestSupport;
using AssessAgent.Agent.Hosting;
using AssessAgent.Assessment;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Agent.Ollama;

/// <summary>The process's one limit on model calls, over a model that holds every call at a gate.</summary>
public sealed class ModelCallLimiterTests
{
    private static readonly ChatMessage[] Question = [new(ChatRole.User, "How did Ada do?")];

    [Fact]
    public async Task Calls_SixAtOnceWithALimitOfTwo_TwoReachTheModelAndFourWaitForATurn()
    {
        using var limiter = Limiter(2);
        var model = new GatedChatClient();
        var clients = Enumerable.Range(0, 3).Select(_ => new ModelCallLimitingChatClient(model, limiter)).ToList();

        var calls = Enumerable.Range(0, 6)
            .Select(index => clients[index % clients.Count].GetResponseAsync(Question))
            .ToList();
        await Eventually.HoldsAsync(() => model.Inside == 2 && limiter.Waiting == 4,
            "two calls at the model and four waiting for a turn");
        model.Open();
        await Task.WhenAll(calls);

        Assert.Equal(2, model.MostInside);
        Assert.Equal(0, limiter.Running);
    }

    [Fact]
    public async Task Streaming_ReplyStillStreaming_KeepsItsTurnUntilTheStreamEnds()
    {
        using var limiter = Limiter(1);
        var model = new GatedChatClient();
        var client = new ModelCallLimitingChatClient(model, limiter);

        await using var stream = client.GetStreamingResponseAsync(Question).GetAsyncEnumerator();
        Assert.True(await stream.MoveNextAsync());
        var waiting = client.GetResponseAsync(Question);
        await Eventually.HoldsAsync(() => limiter.Waiting == 1, "the second call waiting for the stream's turn");
        Assert.Equal(1, model.Inside);

        model.Open();
        while (await stream.MoveNextAsync())
        {
        }

        await waiting;
        Assert.Equal(1, model.MostInside);
    }

    [Fact]
    public async Task Call_CancelledWhileWaiting_GivesUpItsPlaceAndTakesNoTurn()
    {
        using var limiter = Limiter(1);
        var model = new GatedChatClient();
        var client = new ModelCallLimitingChatClient(model, limiter);
        var first = client.GetResponseAsync(Question);
        using var cancellation = new CancellationTokenSource();

        var second = client.GetResponseAsync(Question, cancellationToken: cancellation.Token);
        await Eventually.HoldsAsync(() => limiter.Waiting == 1, "the second call waiting");
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        Assert.Equal(0, limiter.Waiting);
        model.Open();
        await first;
        Assert.Equal(0, limiter.Running);
    }

    [Fact]
    public void Factory_ClientsWithAndWithoutTheDecorators_BothTakeTheProcesssTurns()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOfflineAssessment();
        services.AddOllamaAssessment(configuration);
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<OllamaChatClientFactory>();

        Assert.NotNull(factory.Create().GetService<ModelCallLimitingChatClient>());
        Assert.NotNull(factory.CreateUndecorated().GetService<ModelCallLimitingChatClient>());
    }

    private static ModelCallLimiter Limiter(int limit) =>
        new(Options.Create(new OllamaOptions { MaxParallelism = limit }));
}
