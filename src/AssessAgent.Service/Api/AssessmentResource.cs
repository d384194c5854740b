using System.Text.Json;
using AssessAgent.Assessment;
using AssessAgent.Reporting;
using AssessAgent.Service.Jobs;

namespace AssessAgent.Service.Api;

/// <summary>An assessment as the API shows it: the job's state and, once assessed, the JSON report.</summary>
/// <param name="Id">The assessment's id.</param>
/// <param name="Status">queued, running, succeeded or failed.</param>
/// <param name="Attempts">How many tries have started.</param>
/// <param name="Error">Why the last try failed, when one did.</param>
/// <param name="Candidate">The candidate's name, once assessed and when the transcript names one.</param>
/// <param name="Decision">The hiring decision, once assessed.</param>
/// <param name="AssessmentId">
/// The assessment store's id for the report, once stored: what <c>assessagent show</c> and the chat's citations name.
/// </param>
/// <param name="SourceName">The name the transcript was read under.</param>
/// <param name="CreatedAt">When it was submitted.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Report">
/// The report (schemas/assessment-report), only on <c>GET /assessments/{id}</c>; <see langword="null"/> until the job
/// succeeded, and after its stored assessment was deleted from the store.
/// </param>
public sealed record AssessmentResource(
    string Id,
    string Status,
    int Attempts,
    string? Error,
    string? Candidate,
    string? Decision,
    string? AssessmentId,
    string SourceName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    JsonElement? Report)
{
    /// <summary>The resource for a job, with its report when one is given.</summary>
    public static AssessmentResource From(AssessmentJob job, AssessmentReport? report = null) =>
        new(job.Id, job.Status.ToString().ToLowerInvariant(), job.Attempts, job.Error, job.Candidate, job.Decision,
            job.AssessmentId, job.SourceName, job.CreatedAt, job.UpdatedAt,
            report is null ? null : JsonReportWriter.SerializeToElement(report));
}

/// <summary>The answer to a submission: where to poll.</summary>
/// <param name="Id">The new assessment's id.</param>
/// <param name="Status">Always <c>queued</c>.</param>
/// <param name="Location">The URL to poll.</param>
public sealed record SubmissionAccepted(string Id, string Status, string Location);

/// <summary>One page of assessments, newest first.</summary>
/// <param name="Items">The assessments on this page, without reports.</param>
/// <param name="Page">The page, counted from 1.</param>
/// <param name="PageSize">How many a page holds.</param>
/// <param name="Total">How many match the filters in all.</param>
public sealed record AssessmentList(IReadOnlyList<AssessmentResource> Items, int Page, int PageSize, int Total);

/// <summary>A question about past assessments.</summary>
/// <param name="Question">The question, in plain words.</param>
public sealed record ChatRequest(string? Question);
