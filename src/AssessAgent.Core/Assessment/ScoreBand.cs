namespace AssessAgent.Assessment;

/// <summary>The label a score falls under; see <see cref="ScoreBands"/> for the ranges.</summary>
public enum ScoreBand
{
    Poor,
    Weak,
    Fair,
    Good,
    Excellent,
}

/// <summary>The ranges of the score bands, the one place they are defined.</summary>
public static class ScoreBands
{
    /// <summary>The lowest score of each band, highest band first.</summary>
    public static IReadOnlyList<(ScoreBand Band, int MinimumScore)> Ranges { get; } =
    [
        (ScoreBand.Excellent, 85),
        (ScoreBand.Good, 70),
        (ScoreBand.Fair, 50),
        (ScoreBand.Weak, 26),
        (ScoreBand.Poor, 0),
    ];

    public static ScoreBand For(int score)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 100);

        return Ranges.First(range => score >= range.MinimumScore).Band;
    }
}
