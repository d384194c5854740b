using System.Diagnostics;
using AssessAgent.Assessment;
using AssessAgent.Reading;
using AssessAgent.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssessAgent.Service.Jobs;

/// <summary>
/// Assesses queued jobs in the background: first puts back the jobs a previous run left running, then runs
/// <see cref="ServiceOptions.WorkerConcurrency"/> loops that claim, assess and store one job at a time.
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
            var report = await AssessAsync(job, stoppingToken);
            var decision = DecisionNames.Of(report.Recommendation.Decision);

            // Not cancellable: once the report exists, storing it must not be cut short by the stop.
            await jobs.CompleteAsync(job.Id, JsonReportWriter.Serialize(report), report.Header.Candidate, decision,
                CancellationToken.None);
            ServiceLog.Assessed(logger, job.Id, decision, stopwatch.ElapsedMilliseconds, job.Attempts);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Left running on purpose: the next start puts it back in the queue.
            throw;
        }
        catch (Exception exception)
        {
            await RecordFailureAsync(job, exception);
        }
    }

    private async Task<AssessmentReport> AssessAsync(AssessmentJob job, CancellationToken stoppingToken)
    {
        var loader = services.GetRequiredService<TranscriptLoader>();
        var assessor = services.GetRequiredService<IInterviewAssessor>();

        var transcript = loader.LoadText(job.Transcript, job.SourceName);

        return await assessor.AssessAsync(transcript, stoppingToken);
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
