using AssessAgent.Agent.Ollama;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.Agent.Support;
using AssessAgent.Tests.TestSupport;
using AssessAgent.Evals.Caching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Service;

/// <summary>
/// The workers and the model's parallelism limit: however many workers assess at once, the model calls of all
/// of them share <c>Ollama:MaxParallelism</c>. The fake Ollama server holds every chat at a gate, so the test sees
/// the calls that reached it and the ones waiting for a turn, with no timing involved.
/// </summary>
public sealed class ModelParallelismTests : IAsyncLifetime
{
    private FakeOllamaServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOllamaServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Workers_FourAssessingWithALimitOfTwo_NeverHaveMoreThanTwoModelCallsAtOnce()
    {
        ModelReplies.AnswerEverything(_server);
        _server.HoldChats();
        await using var service = await ServiceTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Assessment:Provider"] = "Ollama",
            ["Ollama:Endpoint"] = _server.Endpoint.ToString(),
            ["Ollama:MaxParallelism"] = "2",
            ["Service:WorkerConcurrency"] = "4",
        });
        var limiter = service.Services.GetRequiredService<ModelCallLimiter>();

        var ids = new List<string>();
        for (var job = 0; job < 4; job++)
        {
            ids.Add(await service.SubmitAsync(Transcripts.Markdown($"parallel-{job}"), "text/markdown"));
        }

        await Eventually.HoldsAsync(() => _server.ChatsInFlight == 2 && limiter.Waiting == 2,
            "two model calls at the server and the other two workers' calls waiting for a turn",
            () => $"{_server.ChatsInFlight} at the server, {limiter.Running} running and {limiter.Waiting} waiting, " +
                $"{_server.Requests.Count} requests in all");
        _server.ReleaseChats();
        var finished = await Task.WhenAll(ids.Select(id => service.WaitForAsync(id)));

        Assert.All(finished, job => Assert.Equal("succeeded", job.GetProperty("status").GetString()));
        Assert.All(finished, job => Assert.Equal(
            "ollama", job.GetProperty("report").GetProperty("provenance").GetProperty("assessor").GetString()));
        Assert.Equal(2, _server.MaxChatsInFlight);
    }

    [Fact]
    public async Task Service_SameTranscriptAssessedTwice_AsksTheModelBothTimesForItKeepsNoEvalReplyCache()
    {
        ModelReplies.AnswerEverything(_server);
        await using var service = await ServiceTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Assessment:Provider"] = "Ollama",
            ["Ollama:Endpoint"] = _server.Endpoint.ToString(),
        });

        await service.WaitForAsync(await service.SubmitAsync(Transcripts.Markdown("uncached"), "text/markdown"));
        var afterFirst = _server.ChatRequests.Count;
        await service.WaitForAsync(await service.SubmitAsync(Transcripts.Markdown("uncached"), "text/markdown"));

        Assert.True(afterFirst > 0);
        Assert.Equal(2 * afterFirst, _server.ChatRequests.Count);
        Assert.False(service.Services.GetRequiredService<IOptions<ResponseCacheOptions>>().Value.Enabled);
    }
}
