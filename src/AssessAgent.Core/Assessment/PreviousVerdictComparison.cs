namespace AssessAgent.Assessment;

/// <summary>The earlier report's verdict beside this one.</summary>
/// <param name="Recommendation">The earlier recommendation as written.</param>
/// <param name="Confidence">The earlier confidence between 0 and 1, when it gave one.</param>
/// <param name="Disagreements">Sentences naming each place the two reports disagree.</param>
public sealed record PreviousVerdictComparison(
    string? Recommendation,
    double? Confidence,
    IReadOnlyList<string> Disagreements);
