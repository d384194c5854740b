using System.ComponentModel.DataAnnotations;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// The weights, caps and thresholds of <see cref="OfflineQuestionAssessor"/>'s score. The formula is
/// <c>100 × (RelevanceWeight·relevance + CoverageWeight·coverage + SpecificityWeight·specificity)</c>, each part
/// between 0 and 1, then capped by the relevance label; <c>docs/scoring.md</c> explains each part and how the
/// defaults were calibrated.
/// </summary>
public sealed class OfflineScoringOptions
{
    /// <summary>The share of the score that rests on how closely the answer matches its question.</summary>
    /// <value>0.35.</value>
    [Range(0.0, 1.0)]
    public double RelevanceWeight { get; set; } = 0.35;

    /// <summary>The share that rests on how many of the question's key points the answer covers.</summary>
    /// <value>0.40, the largest part: what is said matters more than how it is said.</value>
    [Range(0.0, 1.0)]
    public double CoverageWeight { get; set; } = 0.40;

    /// <summary>The share that rests on concrete detail per informative sentence.</summary>
    /// <value>0.25.</value>
    [Range(0.0, 1.0)]
    public double SpecificityWeight { get; set; } = 0.25;

    /// <summary>The question similarity that earns no relevance credit.</summary>
    /// <value>0.25, about the similarity of unrelated texts on one general subject.</value>
    [Range(0.0, 1.0)]
    public double RelevanceFloor { get; set; } = 0.25;

    /// <summary>The question similarity that earns full relevance credit.</summary>
    /// <value>0.75, the top of the range on-topic answers measured.</value>
    [Range(0.0, 1.0)]
    public double RelevanceCeiling { get; set; } = 0.75;

    /// <summary>
    /// The similarity between a key point and the answer's closest passage below which the point earns nothing.
    /// </summary>
    /// <value>0.35.</value>
    [Range(0.0, 1.0)]
    public double KeyPointFloor { get; set; } = 0.35;

    /// <summary>The similarity from which a key point counts as fully covered.</summary>
    /// <value>0.60.</value>
    [Range(0.0, 1.0)]
    public double KeyPointCeiling { get; set; } = 0.60;

    /// <summary>
    /// How much each hedge or deflection ("I guess", "probably", "someone else could") takes off specificity,
    /// relative to the informative sentences, so that confident detail outranks vague talk.
    /// </summary>
    /// <value>0.5.</value>
    [Range(0.0, 1.0)]
    public double HedgePenalty { get; set; } = 0.5;

    /// <summary>
    /// The least relevance credit of an answer judged relevant, such as a wrap-up answered with questions, whose
    /// words rarely resemble the question's.
    /// </summary>
    /// <value>0.7.</value>
    [Range(0.0, 1.0)]
    public double RelevantByFormCredit { get; set; } = 0.7;
}
