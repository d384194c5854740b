using System.Diagnostics;
using AssessAgent.Assessment;
using AssessAgent.Reading;
using AssessAgent.Reporting;
using AssessAgent.Store;
using AssessAgent.Transcripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssessAgent.Service.Jobs;

/// <summary>
/// Assesses queued jobs in the background: first puts back the jobs a previous run left running, then runs
/// <see cref="ServiceOptions.WorkerConcurrency"/> loops that claim, assess and store one job at a time. Each report
/// is saved to the assessment store with its transcript, where the command line's store commands and the chat find
/// it; the job then points at the stored assessment.
/// </summary>
public sealed class AssessmentWorker(
    IJobStore jobs,
    JobSignal signal,
    IServiceProvider services,
    IOptions<ServiceOptions> options,
    ILogger<AssessmentWorker> logger) : BackgroundService
{
    private readonly ServiceOptions _options = options.Value;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var resumed = await jobs.RequeueInterruptedAsync(stoppingToken);
        if (resumed > 0)
        {
            ServiceLog.Resumed(logger, resumed);
        }

        var loops = Enumerable.Range(0, _options.WorkerConcurrency).Select(_ => RunLoopAsync(stoppingToken));
        await Task.WhenAll(loops);
    }

    private async Task RunLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var job = await jobs.ClaimNextAsync(stoppingToken);
                if (job is null)
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                    continue;
                }

                await RunAsync(job, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException)
            {
                ServiceLog.StoreUnavailable(logger, exception);
                await Task.Delay(_options.PollInterval, stoppingToken);
            }
        }
    }

    private async Task RunAsync(AssessmentJob job, CancellationToken stoppingToken)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var transcript = services.GetRequiredService<TranscriptLoader>().LoadText(job.Transcript, job.SourceName);
            var report = await ReportOfAsync(job, transcript, stoppingToken);

            var store = services.GetRequiredService<IAssessmentStore>();
            var saved = await store.SaveAsync(report, transcript, stoppingToken);
            var stored = saved.AlreadyStored ? await StoredReportAsync(store, saved.Id, report, stoppingToken) : report;
            var decision = DecisionNames.Of(stored.Recommendation.Decision);

            // Not cancellable: the report is in the store, and the job should say so even when the stop is on.
            await jobs.CompleteAsync(job.Id, saved.Id, stored.Header.Candidate, decision, CancellationToken.None);
            ServiceLog.Assessed(logger, job.Id, decision, saved.Id, stopwatch.ElapsedMilliseconds, job.Attempts);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Left running on purpose: the next start puts it back in the queue. Whatever the assessment threw
            // while the host stopped is the stop's doing, not a failed try (the ONNX runtime reports a cancelled
            // run as an error of its own, not as a cancellation).
            throw new OperationCanceledException(stoppingToken);
        }
        catch (Exception exception)
        {
            await RecordFailureAsync(job, exception);
        }
    }

    // A job that was assessed before a stop, a crash or a failed save has its report kept, and is not assessed
    // again: that would cost the model's time, and after a restart the provider may resolve differently, which the
    // store would keep as a second assessment of the same interview.
    private async Task<AssessmentReport> ReportOfAsync(
        AssessmentJob job,
        Transcript transcript,
        CancellationToken stoppingToken)
    {
        if (job.ReportJson is { } kept)
        {
            ServiceLog.StoringKeptReport(logger, job.Id);
            return JsonReportReader.Parse(kept, $"assessment {job.Id}");
        }

        var report = await services.GetRequiredService<IInterviewAssessor>().AssessAsync(transcript, stoppingToken);

        // Not cancellable: a stop from here on must not throw the assessment away.
        await jobs.KeepReportAsync(job.Id, JsonReportWriter.Serialize(report), CancellationToken.None);

        return report;
    }

    // The same interview assessed the same way was stored before (by another job, or by the command line): the job
    // lists what the store holds.
    private static async Task<AssessmentReport> StoredReportAsync(
        IAssessmentStore store,
        string assessmentId,
        AssessmentReport report,
        CancellationToken stoppingToken)
    {
        var stored = await store.GetAsync(assessmentId, stoppingToken);

        return stored?.Report ?? report;
    }

    private async Task RecordFailureAsync(AssessmentJob job, Exception exception)
    {
        var reason = exception.Message.ReplaceLineEndings(" ").Trim();

        // A transcript that cannot be read will not read better on the next try.
        var lastTry = job.Attempts >= _options.MaxAttempts || exception is TranscriptReadException;
        if (lastTry)
        {
            ServiceLog.GaveUp(logger, job.Id, job.Attempts, reason);
            await jobs.FailAsync(job.Id, reason, retryAfter: null, CancellationToken.None);
            return;
        }

        ServiceLog.TryFailed(logger, job.Id, job.Attempts, _options.MaxAttempts, reason);
        var delay = _options.RetryDelay * Math.Pow(2, job.Attempts - 1);
        await jobs.FailAsync(job.Id, reason, delay, CancellationToken.None);
    }
}
