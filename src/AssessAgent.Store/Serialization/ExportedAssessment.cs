using AssessAgent.Assessment;
using AssessAgent.Transcripts;

namespace AssessAgent.Store.Serialization;

/// <summary>One assessment read back from an export.</summary>
/// <param name="Id">The id it had in the store it was exported from, when the line gives one.</param>
/// <param name="Report">The report.</param>
/// <param name="Transcript">The transcript, when it was exported with one.</param>
/// <param name="StoredAt">When it was saved in the store it was exported from, when the line gives it.</param>
public sealed record ExportedAssessment(
    string? Id,
    AssessmentReport Report,
    Transcript? Transcript,
    DateTimeOffset? StoredAt = null);
