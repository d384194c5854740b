namespace AssessAgent.Service.Jobs;

/// <summary>Where a job is in its life; stored by name in lower case.</summary>
public enum JobStatus
{
    /// <summary>Accepted and waiting for a worker, including between tries.</summary>
    Queued,

    /// <summary>A worker is assessing it.</summary>
    Running,

    /// <summary>Assessed, and the report saved to the assessment store.</summary>
    Succeeded,

    /// <summary>Given up after the last try; the reason is stored with the job.</summary>
    Failed,
}
