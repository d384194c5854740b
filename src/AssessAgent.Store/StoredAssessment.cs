using AssessAgent.Assessment;
using AssessAgent.Transcripts;

namespace AssessAgent.Store;

/// <summary>One assessment as the store keeps it.</summary>
/// <param name="Id">The store's id for it.</param>
/// <param name="ContentHash">The hash of the interview's content (header, questions and answers).</param>
/// <param name="StoredAt">When it was saved.</param>
/// <param name="Report">The report, with its provenance.</param>
/// <param name="Transcript">The transcript it was made from, when it was saved with one.</param>
public sealed record StoredAssessment(
    string Id,
    string ContentHash,
    DateTimeOffset StoredAt,
    AssessmentReport Report,
    Transcript? Transcript);
