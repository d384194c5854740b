namespace AssessAgent.Evals.Metrics;

/// <summary>Precision, recall and F1 of one label, treated as the positive class.</summary>
/// <param name="Label">The label.</param>
/// <param name="Precision">
/// Of the answers given the label, the share that deserve it; null when none was given it.
/// </param>
/// <param name="Recall">Of the answers that deserve the label, the share given it; null when none deserves it.</param>
/// <param name="Support">How many answers deserve the label.</param>
public sealed record LabelScores(string Label, double? Precision, double? Recall, int Support)
{
    /// <summary>The harmonic mean of precision and recall; null when either is undefined or both are 0.</summary>
    public double? F1 => Precision is { } p && Recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : null;

    /// <summary>Computes the scores of <paramref name="label"/> from (deserved, given) pairs.</summary>
    public static LabelScores For<TLabel>(TLabel label, IReadOnlyList<(TLabel Truth, TLabel Predicted)> pairs)
        where TLabel : notnull
    {
        var comparer = EqualityComparer<TLabel>.Default;
        var truePositives = pairs.Count(pair =>
            comparer.Equals(pair.Truth, label) && comparer.Equals(pair.Predicted, label));
        var predicted = pairs.Count(pair => comparer.Equals(pair.Predicted, label));
        var deserved = pairs.Count(pair => comparer.Equals(pair.Truth, label));

        return new LabelScores(
            label.ToString() ?? "",
            predicted == 0 ? null : (double)truePositives / predicted,
            deserved == 0 ? null : (double)truePositives / deserved,
            deserved);
    }
}
