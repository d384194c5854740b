using System.Net.Http.Json;
using System.Text.Json;

namespace AssessAgent.Tests.Service;

/// <summary>The durable queue: every accepted job is assessed once, survives a restart, and fails for good.</summary>
public sealed class JobQueueTests
{
    [Fact]
    public async Task Submit_FiftyAtOnce_AllStoredAndEachAssessedExactlyOnce()
    {
        var assessor = new FakeInterviewAssessor();
        await using var service = await ServiceTestHost.StartAsync(assessor,
            new Dictionary<string, string?> { ["Service:WorkerConcurrency"] = "4" });

        var ids = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(index => service.SubmitAsync(Transcripts.Markdown($"m{index}"), "text/markdown")));
        var finished = await Task.WhenAll(ids.Select(id => service.WaitForAsync(id)));

        Assert.Equal(50, ids.Distinct().Count());
        Assert.All(finished, job => Assert.Equal("succeeded", job.GetProperty("status").GetString()));
        Assert.All(finished, job => Assert.Equal(1, job.GetProperty("attempts").GetInt32()));
        Assert.Equal(50, assessor.CallsByAnswer.Count);
        Assert.All(assessor.CallsByAnswer.Values, calls => Assert.Equal(1, calls));
        var list = await service.Client.GetFromJsonAsync<JsonElement>("/assessments?status=succeeded");
        Assert.Equal(50, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Restart_JobAcceptedBeforeTheStop_CompletesAfterTheNextStart()
    {
        var assessor = new FakeInterviewAssessor();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gated = new GatedAssessor(assessor, held);
        await using var service = await ServiceTestHost.StartAsync(gated);

        var id = await service.SubmitAsync(Transcripts.Markdown("restart"), "text/markdown");
        await gated.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync();
        held.SetResult();

        await service.StartAgainAsync();
        var job = await service.WaitForAsync(id);

        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Worker_AssessorThatKeepsFailing_MarksTheJobFailedWithTheReasonAfterMaxAttempts()
    {
        var assessor = new FakeInterviewAssessor(failuresBeforeSuccess: 10);
        await using var service = await ServiceTestHost.StartAsync(assessor,
            new Dictionary<string, string?> { ["Service:MaxAttempts"] = "3" });

        var id = await service.SubmitAsync(Transcripts.Markdown("failing"), "text/markdown");
        var job = await service.WaitForAsync(id);

        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.Equal(3, job.GetProperty("attempts").GetInt32());
        Assert.Equal("the fake model is down", job.GetProperty("error").GetString());
        Assert.Equal(3, assessor.Calls);
    }

    [Fact]
    public async Task Worker_AssessorFailingOnce_SucceedsOnTheSecondTry()
    {
        var assessor = new FakeInterviewAssessor(failuresBeforeSuccess: 1);
        await using var service = await ServiceTestHost.StartAsync(assessor);

        var id = await service.SubmitAsync(Transcripts.Markdown("flaky"), "text/markdown");
        var job = await service.WaitForAsync(id);

        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("attempts").GetInt32());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("error").ValueKind);
    }
}
