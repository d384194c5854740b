using Microsoft.Extensions.Logging;

namespace AssessAgent.Service;

/// <summary>The service's log messages; transcript text is never logged.</summary>
internal static partial class ServiceLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Listening on {Urls}; jobs in {Database}")]
    public static partial void Started(ILogger logger, string urls, string database);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "No Service:ApiKey is set: requests are accepted without a key because the service listens " +
            "on loopback only")]
    public static partial void OpenOnLoopback(ILogger logger);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information,
        Message = "Resumed {Count} job(s) a previous run left unfinished")]
    public static partial void Resumed(ILogger logger, int count);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information,
        Message = "Job {JobId} accepted ({SourceName})")]
    public static partial void Accepted(ILogger logger, string jobId, string sourceName);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information,
        Message = "Job {JobId} assessed: {Decision}, stored as {AssessmentId}, in {ElapsedMs} ms (try {Attempt})")]
    public static partial void Assessed(
        ILogger logger,
        string jobId,
        string decision,
        string assessmentId,
        long elapsedMs,
        int attempt);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning,
        Message = "Job {JobId} try {Attempt} of {MaxAttempts} failed: {Reason}")]
    public static partial void TryFailed(ILogger logger, string jobId, int attempt, int maxAttempts, string reason);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Error,
        Message = "Job {JobId} failed after {Attempts} tries: {Reason}")]
    public static partial void GaveUp(ILogger logger, string jobId, int attempts, string reason);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error,
        Message = "The worker could not reach the job store; retrying")]
    public static partial void StoreUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information,
        Message = "Job {JobId} was assessed before it was interrupted; storing its report without assessing again")]
    public static partial void StoringKeptReport(ILogger logger, string jobId);
}
