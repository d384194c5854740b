using AssessAgent.Transcripts;

namespace AssessAgent.Assessment;

/// <summary>Writes the executive summary, the interview-wide findings and the hiring recommendation.</summary>
public interface IRecommendationWriter
{
    /// <summary>The writer's name as reports record it, such as <c>offline</c>.</summary>
    string Name { get; }

    Task<RecommendationDraft> WriteAsync(
        Transcript transcript,
        IReadOnlyList<SectionAssessment> sections,
        TranscriptDiagnosis diagnosis,
        CancellationToken cancellationToken = default);
}

/// <summary>What a recommendation writer produces.</summary>
public sealed record RecommendationDraft(
    string ExecutiveSummary,
    IReadOnlyList<Finding> KeyStrengths,
    IReadOnlyList<Finding> AreasForImprovement,
    HiringRecommendation Recommendation);
