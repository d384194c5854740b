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
