using AssessAgent.Assessment;
using AssessAgent.Reporting;
using AssessAgent.Store;

namespace AssessAgent.Service.Jobs;

/// <summary>
/// Finds a finished job's report: in the assessment store, where the worker saves every report, or with the job
/// itself for the jobs finished before the service saved its reports there.
/// </summary>
public sealed class JobReportReader(IAssessmentStore store)
{
    /// <summary>
    /// The report of a succeeded job, or <see langword="null"/> when the job has not succeeded or its stored
    /// assessment was deleted from the store since (see <see cref="WasDeleted"/>).
    /// </summary>
    public async Task<AssessmentReport?> ReadAsync(AssessmentJob job, CancellationToken cancellationToken)
    {
        if (job.Status != JobStatus.Succeeded)
        {
            return null;
        }

        if (job.AssessmentId is { } assessmentId)
        {
            var stored = await store.GetAsync(assessmentId, cancellationToken);

            return stored?.Report;
        }

        return job.ReportJson is { } json ? JsonReportReader.Parse(json, $"assessment {job.Id}") : null;
    }

    /// <summary>Whether a succeeded job's report is gone because its stored assessment was deleted.</summary>
    public static bool WasDeleted(AssessmentJob job, AssessmentReport? report) =>
        job.Status == JobStatus.Succeeded && job.AssessmentId is not null && report is null;
}
