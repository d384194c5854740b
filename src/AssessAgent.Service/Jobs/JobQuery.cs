namespace AssessAgent.Service.Jobs;

/// <summary>Which jobs to list: every filter left null matches all.</summary>
/// <param name="Status">Only jobs in this state.</param>
/// <param name="Decision">Only reports with this hiring decision, such as <c>inconclusive</c>.</param>
/// <param name="Candidate">Only candidates whose name contains this text, ignoring case.</param>
/// <param name="Page">The page, counted from 1.</param>
/// <param name="PageSize">How many jobs a page holds.</param>
public sealed record JobQuery(
    JobStatus? Status = null,
    string? Decision = null,
    string? Candidate = null,
    int Page = 1,
    int PageSize = 20);

/// <summary>One page of jobs, newest first, and how many match in all.</summary>
public sealed record JobPage(IReadOnlyList<AssessmentJob> Items, int Total);
