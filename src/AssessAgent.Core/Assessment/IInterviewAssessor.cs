using AssessAgent.Transcripts;

namespace AssessAgent.Assessment;

/// <summary>
/// Turns a transcript into an assessment report. The offline assessor needs no server; a language-model
/// assessor can take its place behind this seam.
/// </summary>
public interface IInterviewAssessor
{
    /// <summary>The assessor's name as reports record it, such as <c>offline</c>.</summary>
    string Name { get; }

    Task<AssessmentReport> AssessAsync(Transcript transcript, CancellationToken cancellationToken = default);
}
