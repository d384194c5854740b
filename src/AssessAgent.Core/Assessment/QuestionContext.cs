using AssessAgent.Transcripts;

namespace AssessAgent.Assessment;

/// <summary>Everything an assessor needs to judge one answer.</summary>
/// <param name="Transcript">The whole interview, for context.</param>
/// <param name="Section">The section the question belongs to.</param>
/// <param name="Question">The question and its answer.</param>
/// <param name="OfflineRelevance">
/// The embedding-based relevance verdict, computed for every answer whatever the assessor, so that a model's
/// verdict can be checked against it.
/// </param>
public sealed record QuestionContext(
    Transcript Transcript,
    TranscriptSection Section,
    InterviewQuestion Question,
    RelevanceVerdict OfflineRelevance);
