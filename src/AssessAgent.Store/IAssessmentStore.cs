using AssessAgent.Assessment;
using AssessAgent.Transcripts;

namespace AssessAgent.Store;

/// <summary>
/// The store of past assessments: every report with its transcript and provenance, saved once per transcript,
/// assessor, model and prompt version.
/// </summary>
public interface IAssessmentStore
{
    /// <summary>
    /// Saves a report with the transcript it was made from. Saving the same transcript (by content hash) assessed
    /// by the same assessor, model and prompt version again stores nothing and returns the stored assessment's id.
    /// </summary>
    /// <param name="report">The report, with its provenance.</param>
    /// <param name="transcript">The transcript the report was made from, or <see langword="null"/> when only the
    /// report is known (an imported report file).</param>
    Task<SaveResult> SaveAsync(
        AssessmentReport report,
        Transcript? transcript,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves an assessment read back from an export as <see cref="SaveAsync"/> does, but under the id and with the
    /// time of saving it had in the store it came from, so that citations of it still resolve. An id that another
    /// stored assessment holds, or that is not an id this store makes, is replaced by a new one.
    /// </summary>
    /// <param name="report">The report, with its provenance.</param>
    /// <param name="transcript">The transcript, when it was exported with one.</param>
    /// <param name="id">The id it had, or <see langword="null"/> for a new one.</param>
    /// <param name="storedAt">When it was first saved, or <see langword="null"/> for now.</param>
    Task<SaveResult> RestoreAsync(
        AssessmentReport report,
        Transcript? transcript,
        string? id,
        DateTimeOffset? storedAt,
        CancellationToken cancellationToken = default) => SaveAsync(report, transcript, cancellationToken);

    /// <summary>The stored assessment with this id, or <see langword="null"/> when there is none.</summary>
    Task<StoredAssessment?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>One page of the stored assessments that match the filter, newest first.</summary>
    Task<AssessmentPage> ListAsync(AssessmentQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the assessment, its transcript, its questions, its search index entries and its embeddings.
    /// </summary>
    /// <returns>Whether there was such an assessment.</returns>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every stored assessment that matches the filter, oldest first, with report and transcript.</summary>
    IAsyncEnumerable<StoredAssessment> ExportAsync(
        AssessmentFilter? filter = null,
        CancellationToken cancellationToken = default);
}
