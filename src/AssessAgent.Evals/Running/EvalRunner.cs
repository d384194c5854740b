using AssessAgent.Assessment;
using AssessAgent.Evals.Caching;
using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Invariance;
using AssessAgent.Evals.Metrics;
using AssessAgent.Transcripts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AssessAgent.Evals.Running;

/// <summary>
/// Runs one assessor configuration over the eval cases: reads each case, assesses it (repeatedly when asked),
/// assesses its invariance variants, scores every report against its golden and computes the run's metrics.
/// A case that cannot be read or assessed is recorded as failed and the run goes on.
/// </summary>
public sealed partial class EvalRunner(
    ICaseTranscriptReader reader,
    IEmbeddingGenerator<string, Embedding<float>> embeddings,
    TimeProvider time,
    ILogger<EvalRunner> logger,
    ResponseCacheStatistics? cacheStatistics = null,
    IReportChecker? checker = null)
{
    public async Task<EvalRun> RunAsync(
        EvalSubject subject,
        IReadOnlyList<EvalCase> cases,
        EvalRunOptions options,
        IProgress<EvalProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var cacheBefore = cacheStatistics?.Snapshot();
        var tracker = new ProgressTracker(progress, cases.Count, options.Repeat + (options.Invariance ? 3 : 0));
        var scorer = new CaseScorer(new ThemeMatcher(embeddings, options.ThemeSimilarityThreshold));

        var results = new List<CaseResult>();
        AssessmentReport? firstReport = null;
        for (var index = 0; index < cases.Count; index++)
        {
            var (result, report) = await RunCaseAsync(
                subject, cases[index], scorer, options, tracker, cancellationToken);
            results.Add(result);
            firstReport ??= report;
            tracker.CaseDone(index, cases[index].Name);
        }

        results = VerbosityTwins.Check(results, cases);
        var metadata = RunMetadataFactory.Create(subject, options, startedAt, time.GetElapsedTime(started), firstReport,
            cacheBefore is null ? null : cacheStatistics!.Snapshot().Since(cacheBefore), cases.Count);

        return new EvalRun
        {
            Metadata = metadata,
            Metrics = RunMetrics.Compute(results, options.ScoreTolerance),
            Cases = results,
        };
    }

    private async Task<(CaseResult Result, AssessmentReport? Report)> RunCaseAsync(
        EvalSubject subject,
        EvalCase evalCase,
        CaseScorer scorer,
        EvalRunOptions options,
        ProgressTracker tracker,
        CancellationToken cancellationToken)
    {
        try
        {
            var transcript = reader.Read(evalCase.CasePath);
            var runs = new List<TimedReport>();
            for (var repeat = 1; repeat <= options.Repeat; repeat++)
            {
                var label = options.Repeat > 1 ? $"{evalCase.Name} (run {repeat})" : evalCase.Name;
                runs.Add(await AssessAsync(subject, transcript, label, tracker, cancellationToken));
            }

            var result = await scorer.ScoreAsync(evalCase, runs[0].Report, cancellationToken);
            result = result with
            {
                Usage = TimedReport.AverageUsage(runs),
                Stability = options.Repeat > 1
                    ? CaseStabilityFactory.Create(evalCase, runs, options.ScoreTolerance)
                    : null,
                Invariance = options.Invariance
                    ? await CheckInvarianceAsync(subject, evalCase, transcript, runs[0].Report, options, tracker,
                        cancellationToken)
                    : [],
            };
            LogCaseScored(logger, evalCase.Name, result.Questions.Count(question => question.InRange),
                result.Questions.Count);

            return (result, runs[0].Report);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // One case the assessor or a reader cannot handle is a finding of the run, not the end of it.
            LogCaseFailed(logger, exception, evalCase.Name);

            var failed = new CaseResult
            {
                Name = evalCase.Name,
                Tags = evalCase.Golden.Tags ?? [],
                Error = OneLine(exception),
            };

            return (failed, null);
        }
    }

    private async Task<IReadOnlyList<InvarianceResult>> CheckInvarianceAsync(
        EvalSubject subject,
        EvalCase evalCase,
        Transcript transcript,
        AssessmentReport original,
        EvalRunOptions options,
        ProgressTracker tracker,
        CancellationToken cancellationToken)
    {
        var results = new List<InvarianceResult>();

        if (TranscriptVariants.SwapCandidateName(transcript) is var (renamed, newName))
        {
            var report = await AssessAsync(subject, renamed, $"{evalCase.Name} (renamed)", tracker, cancellationToken);
            results.Add(InvarianceChecker.CompareScores(InvarianceKind.NameSwap,
                $"candidate renamed to {newName}", original, report.Report, tolerance: 0));
        }

        if (TranscriptVariants.Reorder(transcript) is { } reordered)
        {
            var report = await AssessAsync(
                subject, reordered, $"{evalCase.Name} (reordered)", tracker, cancellationToken);
            results.Add(InvarianceChecker.CompareScores(InvarianceKind.Reorder,
                "questions in reverse order", original, report.Report, options.ScoreTolerance));
        }

        if (TranscriptVariants.PadOneAnswer(transcript) is var (padded, questionId))
        {
            var report = await AssessAsync(subject, padded, $"{evalCase.Name} (padded)", tracker, cancellationToken);
            results.Add(InvarianceChecker.ComparePadded(questionId, original, report.Report, tolerance: 0));
        }

        return results;
    }

    private async Task<TimedReport> AssessAsync(
        EvalSubject subject,
        Transcript transcript,
        string label,
        ProgressTracker tracker,
        CancellationToken cancellationToken)
    {
        tracker.Starting(label);
        var started = time.GetTimestamp();

        var report = await subject.Assessor.AssessAsync(transcript, cancellationToken);
        if (report.CheckerFindings.Count == 0 && checker is not null)
        {
            report = report with { CheckerFindings = checker.Check(report) };
        }

        tracker.Finished(label);

        return new TimedReport(report, time.GetElapsedTime(started));
    }

    private static string OneLine(Exception exception) => exception.Message.ReplaceLineEndings(" ").Trim();

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug,
        Message = "Eval case {CaseName}: {InRange} of {Questions} scores in range")]
    private static partial void LogCaseScored(ILogger logger, string caseName, int inRange, int questions);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "Eval case {CaseName} failed and is counted as failed")]
    private static partial void LogCaseFailed(ILogger logger, Exception exception, string caseName);
}
