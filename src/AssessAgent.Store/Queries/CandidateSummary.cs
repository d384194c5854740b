using AssessAgent.Assessment;

namespace AssessAgent.Store.Queries;

/// <summary>One candidate across their stored assessments.</summary>
/// <param name="Candidate">The candidate's name as last stored.</param>
/// <param name="AssessmentCount">How many stored assessments are theirs.</param>
/// <param name="MeanScore">The mean of all their answers' scores, or <see langword="null"/> when none.</param>
/// <param name="LatestAssessmentId">Their most recently written assessment.</param>
/// <param name="LatestRecommendation">That assessment's recommendation.</param>
/// <param name="LatestPosition">That assessment's position, when recorded.</param>
/// <param name="LatestDay">That assessment's interview day, or the day it was written.</param>
public sealed record CandidateSummary(
    string Candidate,
    int AssessmentCount,
    double? MeanScore,
    string LatestAssessmentId,
    HiringDecision LatestRecommendation,
    string? LatestPosition,
    DateOnly LatestDay);

/// <summary>A candidate with their mean score per section, for comparing candidates.</summary>
public sealed record CandidateProfile(CandidateSummary Summary, IReadOnlyList<SectionMean> Sections);

/// <summary>The mean score of one section's answers.</summary>
public sealed record SectionMean(string Section, double Mean, int AnswerCount);
