namespace AssessAgent.Service.Jobs;

/// <summary>
/// The durable queue: a job is written here before the service answers 202, so that a stop or crash loses none.
/// </summary>
public interface IJobStore
{
    /// <summary>Creates the jobs table when it is missing.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new queued job.</summary>
    Task<AssessmentJob> EnqueueAsync(string sourceName, string transcript, CancellationToken cancellationToken);

    /// <summary>
    /// Puts jobs left running by a stopped or crashed process back in the queue. The try they were on still
    /// counts, so a transcript that crashes the process cannot be retried for ever.
    /// </summary>
    /// <returns>How many jobs were requeued.</returns>
    Task<int> RequeueInterruptedAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes the oldest queued job that is due and marks it running with one more try, atomically, so that no two
    /// workers get the same job; <see langword="null"/> when none is due.
    /// </summary>
    Task<AssessmentJob?> ClaimNextAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the report of a running job until it is in the assessment store, so that a job interrupted after it
    /// was assessed is stored at the next start rather than assessed again.
    /// </summary>
    Task KeepReportAsync(string id, string reportJson, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the job succeeded with the assessment store's id for its report. The job's copies of the report and
    /// the transcript are dropped: the store holds both, and deleting the stored assessment then removes them.
    /// </summary>
    Task CompleteAsync(
        string id,
        string assessmentId,
        string? candidate,
        string decision,
        CancellationToken cancellationToken);

    /// <summary>Records why a try failed, and queues the job again after <paramref name="retryAfter"/> or, when
    /// that is null, marks it failed.</summary>
    Task FailAsync(string id, string reason, TimeSpan? retryAfter, CancellationToken cancellationToken);

    /// <summary>The job with this id, or <see langword="null"/>.</summary>
    Task<AssessmentJob?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>One page of jobs matching the query, newest first.</summary>
    Task<JobPage> ListAsync(JobQuery query, CancellationToken cancellationToken);

    /// <summary>Whether the database answers.</summary>
    Task<bool> IsReachableAsync(CancellationToken cancellationToken);
}
