using AssessAgent.Reading;
using AssessAgent.Reporting;
using AssessAgent.Service.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssessAgent.Service.Api;

/// <summary><c>/assessments</c>: submit a transcript, poll it, fetch its report, list past ones.</summary>
public static class AssessmentEndpoints
{
    private const int MaxPageSize = 100;

    public static RouteGroupBuilder MapAssessments(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/assessments").WithTags("Assessments");

        group.MapPost("/", SubmitAsync)
            .Accepts<string>("application/json", [.. SubmissionReader.MediaTypes.Skip(1)])
            .WithSummary("Queue a transcript for assessment; answers 202 with the id and a Location to poll.");
        group.MapGet("/{id}", GetAsync).WithName("GetAssessment")
            .WithSummary("The assessment's status and, once it succeeded, the JSON report.");
        group.MapGet("/{id}/report", GetReportAsync)
            .Produces<string>(StatusCodes.Status200OK, "text/markdown", "text/html")
            .ProducesProblem(StatusCodes.Status410Gone)
            .WithSummary("The report as Markdown, or as HTML when the Accept header asks for text/html.");
        group.MapGet("/", ListAsync)
            .WithSummary("Past assessments, newest first, filtered by status, decision and candidate, in pages.");

        return group;
    }

    private static async Task<Results<Accepted<SubmissionAccepted>, ProblemHttpResult>> SubmitAsync(
        HttpRequest request,
        string? name,
        TranscriptLoader loader,
        IJobStore jobs,
        JobSignal signal,
        IOptions<ServiceOptions> options,
        ILogger<SubmissionAccepted> logger,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > options.Value.MaxRequestBytes)
        {
            return Problems.TooLarge(options.Value.MaxRequestBytes);
        }

        var sourceName = SubmissionReader.SourceName(request.ContentType, name);
        if (sourceName is null)
        {
            return Problems.UnsupportedType(request.ContentType);
        }

        var text = await SubmissionReader.ReadTextAsync(request, cancellationToken);
        try
        {
            // Read now so that a bad transcript is the caller's 400, not a job that fails later.
            loader.LoadText(text, sourceName);
        }
        catch (TranscriptReadException exception)
        {
            return Problems.BadTranscript(exception.Message.ReplaceLineEndings(" ").Trim());
        }

        var job = await jobs.EnqueueAsync(sourceName, text, cancellationToken);
        signal.Notify();
        ServiceLog.Accepted(logger, job.Id, sourceName);

        var location = $"/assessments/{job.Id}";
        return TypedResults.Accepted(location, new SubmissionAccepted(job.Id, "queued", location));
    }

    private static async Task<Results<Ok<AssessmentResource>, ProblemHttpResult>> GetAsync(
        string id,
        IJobStore jobs,
        JobReportReader reports,
        CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(id, cancellationToken);
        if (job is null)
        {
            return Problems.NotFound(id);
        }

        var report = await reports.ReadAsync(job, cancellationToken);

        return TypedResults.Ok(AssessmentResource.From(job, report));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetReportAsync(
        string id,
        HttpRequest request,
        IJobStore jobs,
        JobReportReader reports,
        CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(id, cancellationToken);
        if (job is null)
        {
            return Problems.NotFound(id);
        }

        var report = await reports.ReadAsync(job, cancellationToken);
        if (report is null)
        {
            return JobReportReader.WasDeleted(job, report)
                ? Problems.Deleted(id, job.AssessmentId!)
                : Problems.NotReady(id, job.Status.ToString().ToLowerInvariant());
        }

        var wantsHtml = request.GetTypedHeaders().Accept
            .Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

        return wantsHtml
            ? TypedResults.Text(ReportWriters.For(ReportFormat.Html).WriteToString(report), "text/html; charset=utf-8")
            : TypedResults.Text(ReportWriters.For(ReportFormat.Markdown).WriteToString(report),
                "text/markdown; charset=utf-8");
    }

    private static async Task<Results<Ok<AssessmentList>, ProblemHttpResult>> ListAsync(
        IJobStore jobs,
        string? status,
        string? decision,
        string? candidate,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        JobStatus? statusFilter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<JobStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return Problems.BadRequest($"status '{status}' is not one of queued, running, succeeded, failed.");
            }

            statusFilter = parsed;
        }

        if (!string.IsNullOrWhiteSpace(decision) && !DecisionNames.All.Contains(decision))
        {
            return Problems.BadRequest($"decision '{decision}' is not one of {string.Join(", ", DecisionNames.All)}.");
        }

        if (page is < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return Problems.BadRequest($"page must be 1 or more and pageSize between 1 and {MaxPageSize}.");
        }

        var query = new JobQuery(statusFilter, decision, candidate, page ?? 1, pageSize ?? 20);
        var result = await jobs.ListAsync(query, cancellationToken);
        var items = result.Items.Select(job => AssessmentResource.From(job)).ToList();

        return TypedResults.Ok(new AssessmentList(items, query.Page, query.PageSize, result.Total));
    }
}
