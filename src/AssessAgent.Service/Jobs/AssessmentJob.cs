namespace AssessAgent.Service.Jobs;

/// <summary>One submitted transcript and what became of it.</summary>
/// <param name="Id">The job's id, which is also the assessment's id in the API.</param>
/// <param name="Status">Where the job is.</param>
/// <param name="SourceName">The name the transcript is read under: it chooses the reader and names errors.</param>
/// <param name="Transcript">The submitted text.</param>
/// <param name="Attempts">How many tries have started.</param>
/// <param name="Error">Why the last try failed, when one did.</param>
/// <param name="ReportJson">
/// The report as JSON from when it was made until it is in the assessment store: a job resumed with it is stored,
/// not assessed again. Jobs finished before the store kept the service's reports keep theirs here.
/// </param>
/// <param name="AssessmentId">The assessment store's id for the report, once it is stored.</param>
/// <param name="Candidate">The candidate's name from the report, for listing and filtering.</param>
/// <param name="Decision">The report's hiring decision, such as <c>inconclusive</c>.</param>
/// <param name="CreatedAt">When the job was accepted.</param>
/// <param name="UpdatedAt">When the job last changed.</param>
public sealed record AssessmentJob(
    string Id,
    JobStatus Status,
    string SourceName,
    string Transcript,
    int Attempts,
    string? Error,
    string? ReportJson,
    string? AssessmentId,
    string? Candidate,
    string? Decision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
