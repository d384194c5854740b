namespace AssessAgent.Assessment.Offline;

/// <summary>
/// How strongly the evidence supports a decision, between 0.2 and 0.95: more answered questions, signals that
/// agree, scores that do not scatter, and a score away from the decision's edges all raise it.
/// </summary>
internal static class RecommendationConfidence
{
    private const double Lowest = 0.2;

    private const double Highest = 0.95;

    /// <param name="answered">How many questions have an answer.</param>
    /// <param name="scores">The answered questions' scores.</param>
    /// <param name="agreement">
    /// Between 0 and 1: how well each answer's relevance, coverage and specificity agree.
    /// </param>
    /// <param name="distanceToEdge">How many points the interview score is from the nearest decision threshold.</param>
    public static double For(int answered, IReadOnlyList<int> scores, double agreement, double distanceToEdge)
    {
        // Each answered question adds evidence, with diminishing returns: 3 answers give 0.6, 8 give 0.8.
        var evidence = answered / (answered + 2.0);

        // Scores spread over the whole scale (standard deviation near 35) say the interview is uneven.
        var spread = scores.Count > 1 ? StandardDeviation(scores) / 35.0 : 0.5;
        var consistency = 1 - Math.Min(1, spread) * 0.5;

        // A score right at a threshold could fall on either side of it.
        var margin = 0.6 + 0.4 * Math.Min(1, distanceToEdge / 10.0);

        return Math.Round(Math.Clamp(evidence * consistency * margin * (0.6 + 0.4 * agreement), Lowest, Highest), 2);
    }

    private static double StandardDeviation(IReadOnlyList<int> values)
    {
        var mean = values.Average();

        return Math.Sqrt(values.Sum(value => (value - mean) * (value - mean)) / values.Count);
    }
}
