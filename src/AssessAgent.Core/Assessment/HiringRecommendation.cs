namespace AssessAgent.Assessment;

/// <summary>The hiring recommendation, how sure it is, and why.</summary>
/// <param name="Decision">The recommendation.</param>
/// <param name="Confidence">Between 0 and 1: how strongly the evidence supports the decision.</param>
/// <param name="Reasoning">Why, in a few sentences that cite the answers.</param>
/// <param name="NextSteps">What the hiring team should do next.</param>
public sealed record HiringRecommendation(
    HiringDecision Decision,
    double Confidence,
    string Reasoning,
    IReadOnlyList<string> NextSteps);

/// <summary>What the report recommends.</summary>
public enum HiringDecision
{
    StrongHire,
    Hire,
    LeanHire,
    LeanNoHire,
    NoHire,

    /// <summary>
    /// The transcript does not support a decision either way, for example because it looks misaligned.
    /// </summary>
    Inconclusive,
}
