using AssessAgent.Assessment;
using AssessAgent.Evals.Invariance;

namespace AssessAgent.Evals.Metrics;

/// <summary>How the report on one case compares with its golden, and what producing it cost.</summary>
public sealed record CaseResult
{
    /// <summary>The case file's name.</summary>
    public required string Name { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Why the case could not be assessed at all; null when it was.</summary>
    public string? Error { get; init; }

    public IReadOnlyList<HiringDecision> AcceptedRecommendations { get; init; } = [];

    public HiringDecision? ActualRecommendation { get; init; }

    public bool ExpectedMisaligned { get; init; }

    public bool? ActualMisaligned { get; init; }

    /// <summary>The human interviewers' recommendation, when the golden has one.</summary>
    public HiringDecision? HumanRecommendation { get; init; }

    /// <summary>The rules of the report checker's findings on the report, one entry per finding.</summary>
    public IReadOnlyList<string> CheckerFindings { get; init; } = [];

    public IReadOnlyList<QuestionResult> Questions { get; init; } = [];

    /// <summary>What assessing the case cost, averaged over repeats.</summary>
    public CaseUsage Usage { get; init; } = CaseUsage.None;

    /// <summary>The score spread over repeats; null when the case ran once.</summary>
    public CaseStability? Stability { get; init; }

    /// <summary>The invariance checks run on the case; empty when none were.</summary>
    public IReadOnlyList<InvarianceResult> Invariance { get; init; } = [];

    public bool RecommendationAgrees =>
        ActualRecommendation is { } decision && AcceptedRecommendations.Contains(decision);

    /// <summary>The decision the case deserves, taking the report's when the golden accepts it.</summary>
    public HiringDecision? DeservedRecommendation => RecommendationAgrees
        ? ActualRecommendation
        : AcceptedRecommendations.Count > 0 ? AcceptedRecommendations[0] : null;
}

/// <summary>Model calls, tokens and wall time of one assessment.</summary>
public sealed record CaseUsage(double ModelCalls, double InputTokens, double OutputTokens, double WallSeconds)
{
    public static CaseUsage None { get; } = new(0, 0, 0, 0);

    public double TotalTokens => InputTokens + OutputTokens;
}

/// <summary>How much each question's score moved over repeated runs of a case.</summary>
/// <param name="Repeats">How many times the case ran.</param>
/// <param name="ScoreSpreads">Per golden question, the highest score minus the lowest; null when unmatched.</param>
/// <param name="Recommendations">The distinct recommendations the runs gave.</param>
/// <param name="Stable">Whether every spread is within tolerance and the recommendation never changed.</param>
public sealed record CaseStability(
    int Repeats,
    IReadOnlyList<int?> ScoreSpreads,
    IReadOnlyList<HiringDecision> Recommendations,
    bool Stable);
