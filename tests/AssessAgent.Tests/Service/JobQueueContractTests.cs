using System.Net.Http.Json;
using System.Text.Json;
using AssessAgent.Store;
using AssessAgent.Store.Sql;
using AssessAgent.Tests.Store;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Tests.Service;

/// <summary>
/// The durable queue on one database: every accepted job is assessed once and its report stored once, a job
/// survives a stop at any point, and a job fails for good after its last try. Each test has a database (a SQLite
/// folder or a PostgreSQL schema) of its own.
/// </summary>
public abstract class JobQueueContractTests
{
    private protected abstract Task<ServiceDatabase> CreateDatabaseAsync();

    [BackendFact]
    public async Task Submit_FiftyAtOnce_AllStoredAndEachAssessedExactlyOnce()
    {
        var assessor = new FakeInterviewAssessor();
        await using var service = await ServiceTestHost.StartAsync(assessor,
            new Dictionary<string, string?> { ["Service:WorkerConcurrency"] = "4" }, await CreateDatabaseAsync());

        var ids = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(index => service.SubmitAsync(Transcripts.Markdown($"m{index}"), "text/markdown")));
        var finished = await Task.WhenAll(ids.Select(id => service.WaitForAsync(id)));

        Assert.Equal(50, ids.Distinct().Count());
        Assert.All(finished, job => Assert.Equal("succeeded", job.GetProperty("status").GetString()));
        Assert.All(finished, job => Assert.Equal(1, job.GetProperty("attempts").GetInt32()));
        Assert.Equal(50, assessor.CallsByAnswer.Count);
        Assert.All(assessor.CallsByAnswer.Values, calls => Assert.Equal(1, calls));
        Assert.Equal(50, finished.Select(job => job.GetProperty("assessmentId").GetString()).Distinct().Count());
        Assert.Equal(50, await service.StoredCountAsync());
        var list = await service.Client.GetFromJsonAsync<JsonElement>("/assessments?status=succeeded");
        Assert.Equal(50, list.GetProperty("total").GetInt32());
    }

    [BackendFact]
    public async Task Restart_JobsRunningAndQueuedAtTheStop_CompleteAfterTheNextStart()
    {
        var assessor = new FakeInterviewAssessor();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gated = new GatedAssessor(assessor, held);
        await using var service = await ServiceTestHost.StartAsync(gated, database: await CreateDatabaseAsync());

        var running = await service.SubmitAsync(Transcripts.Markdown("running"), "text/markdown");
        await gated.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var queued = await service.SubmitAsync(Transcripts.Markdown("queued"), "text/markdown");
        await service.StopAsync();
        held.SetResult();

        await service.StartAgainAsync();
        var runningJob = await service.WaitForAsync(running);
        var queuedJob = await service.WaitForAsync(queued);

        Assert.Equal("succeeded", runningJob.GetProperty("status").GetString());
        Assert.Equal(2, runningJob.GetProperty("attempts").GetInt32());
        Assert.Equal("succeeded", queuedJob.GetProperty("status").GetString());
        Assert.Equal(1, queuedJob.GetProperty("attempts").GetInt32());
        Assert.All(assessor.CallsByAnswer.Values, calls => Assert.Equal(1, calls));
        Assert.Equal(2, await service.StoredCountAsync());
    }

    [BackendFact]
    public async Task Restart_AssessmentFailingBecauseOfTheStop_IsNoFailedTry()
    {
        var assessor = new FakeInterviewAssessor();
        var failing = new FailsWhenStoppedAssessor(assessor);
        var settings = new Dictionary<string, string?> { ["Service:MaxAttempts"] = "1" };
        await using var service = await ServiceTestHost.StartAsync(
            failing, settings, database: await CreateDatabaseAsync());

        var id = await service.SubmitAsync(Transcripts.Markdown("stopped"), "text/markdown");
        await failing.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync();

        await service.StartAgainAsync();
        var job = await service.WaitForAsync(id);

        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal(1, await service.StoredCountAsync());
    }

    [BackendFact]
    public async Task Restart_StoppedRightAfterTheReportWasStored_CompletesWithoutAssessingOrStoringAgain()
    {
        var assessor = new FakeInterviewAssessor();
        var interruption = new SaveInterruption(SaveInterruption.Kind.HoldUntilStopped);
        await using var service = await ServiceTestHost.StartAsync(assessor, database: await CreateDatabaseAsync(),
            configure: services => Interrupt(services, interruption));

        var id = await service.SubmitAsync(Transcripts.Markdown("crash"), "text/markdown");
        await interruption.Saved.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await service.StopAsync();

        await service.StartAgainAsync();
        var job = await service.WaitForAsync(id);

        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("attempts").GetInt32());
        Assert.Equal(1, assessor.Calls);
        var stored = await service.Store.ListAsync(new AssessmentQuery(AssessmentFilter.All));
        Assert.Equal(job.GetProperty("assessmentId").GetString(), Assert.Single(stored.Items).Id);
    }

    [BackendFact]
    public async Task Worker_SaveFailsAfterItWentThrough_RetriesFromTheKeptReportAndStoresOnce()
    {
        var assessor = new FakeInterviewAssessor();
        var interruption = new SaveInterruption(SaveInterruption.Kind.Throw);
        await using var service = await ServiceTestHost.StartAsync(assessor, database: await CreateDatabaseAsync(),
            configure: services => Interrupt(services, interruption));

        var id = await service.SubmitAsync(Transcripts.Markdown("lost-ack"), "text/markdown");
        var job = await service.WaitForAsync(id);

        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("attempts").GetInt32());
        Assert.Equal(1, assessor.Calls);
        Assert.Equal(1, await service.StoredCountAsync());
    }

    [BackendFact]
    public async Task Submit_SameTranscriptTwice_BothJobsPointAtOneStoredAssessment()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(),
            database: await CreateDatabaseAsync());

        var first = await service.WaitForAsync(
            await service.SubmitAsync(Transcripts.Markdown("twice"), "text/markdown"));
        var second = await service.WaitForAsync(
            await service.SubmitAsync(Transcripts.Markdown("twice"), "text/markdown"));

        Assert.NotEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(first.GetProperty("assessmentId").GetString(), second.GetProperty("assessmentId").GetString());
        Assert.Equal(1, await service.StoredCountAsync());
    }

    [BackendFact]
    public async Task Worker_AssessorThatKeepsFailing_MarksTheJobFailedWithTheReasonAfterMaxAttempts()
    {
        var assessor = new FakeInterviewAssessor(failuresBeforeSuccess: 10);
        await using var service = await ServiceTestHost.StartAsync(assessor,
            new Dictionary<string, string?> { ["Service:MaxAttempts"] = "3" }, await CreateDatabaseAsync());

        var id = await service.SubmitAsync(Transcripts.Markdown("failing"), "text/markdown");
        var job = await service.WaitForAsync(id);

        Assert.Equal("failed", job.GetProperty("status").GetString());
        Assert.Equal(3, job.GetProperty("attempts").GetInt32());
        Assert.Equal("the fake model is down", job.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("assessmentId").ValueKind);
        Assert.Equal(3, assessor.Calls);
        Assert.Equal(0, await service.StoredCountAsync());
    }

    [BackendFact]
    public async Task Worker_AssessorFailingOnce_SucceedsOnTheSecondTry()
    {
        var assessor = new FakeInterviewAssessor(failuresBeforeSuccess: 1);
        await using var service = await ServiceTestHost.StartAsync(assessor, database: await CreateDatabaseAsync());

        var id = await service.SubmitAsync(Transcripts.Markdown("flaky"), "text/markdown");
        var job = await service.WaitForAsync(id);

        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("attempts").GetInt32());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("error").ValueKind);
    }

    private static void Interrupt(IServiceCollection services, SaveInterruption interruption) =>
        services.AddSingleton<IAssessmentStore>(provider =>
            new InterruptingAssessmentStore(provider.GetRequiredService<SqlAssessmentStore>(), interruption));
}
