namespace AssessAgent.Evals.Metrics;

/// <summary>
/// The statistics the metrics are built from. Each returns <see langword="null"/> when its value is undefined
/// for the data (too few points, no variance), so that a report can print "n/a" instead of a misleading number.
/// </summary>
public static class Statistics
{
    public static double? Mean(IEnumerable<double> values)
    {
        var list = values.ToList();

        return list.Count == 0 ? null : list.Average();
    }

    /// <summary>The share of <paramref name="values"/> that satisfy <paramref name="predicate"/>.</summary>
    public static double? Share<T>(IEnumerable<T> values, Func<T, bool> predicate)
    {
        var list = values.ToList();

        return list.Count == 0 ? null : (double)list.Count(predicate) / list.Count;
    }

    /// <summary>
    /// Spearman's rank correlation: the Pearson correlation of the ranks, tied values sharing their mean rank.
    /// Undefined for fewer than two pairs or when either side has no spread.
    /// </summary>
    public static double? Spearman(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        if (first.Count != second.Count)
        {
            throw new ArgumentException("Both samples must have the same length.", nameof(second));
        }

        return first.Count < 2 ? null : Pearson(Ranks(first), Ranks(second));
    }

    /// <summary>
    /// The Pearson correlation of two samples of the same length, undefined when either has no spread.
    /// </summary>
    public static double? Pearson(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        var meanFirst = first.Average();
        var meanSecond = second.Average();

        double covariance = 0, varianceFirst = 0, varianceSecond = 0;
        for (var i = 0; i < first.Count; i++)
        {
            var a = first[i] - meanFirst;
            var b = second[i] - meanSecond;
            covariance += a * b;
            varianceFirst += a * a;
            varianceSecond += b * b;
        }

        return varianceFirst == 0 || varianceSecond == 0
            ? null
            : covariance / Math.Sqrt(varianceFirst * varianceSecond);
    }

    /// <summary>1-based ranks, tied values taking the mean of the ranks they span.</summary>
    public static IReadOnlyList<double> Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(index => values[index]).ToArray();
        var ranks = new double[values.Count];

        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var sharedRank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = sharedRank;
            }

            start = end + 1;
        }

        return ranks;
    }

    /// <summary>
    /// Cohen's kappa between two raters' labels of the same items: agreement beyond what their label frequencies
    /// give by chance, (observed - chance) / (1 - chance). Undefined without items, or when chance agreement is
    /// already certain (both raters always give the same single label).
    /// </summary>
    public static double? CohenKappa<TLabel>(IReadOnlyList<(TLabel First, TLabel Second)> ratings)
        where TLabel : notnull
    {
        if (ratings.Count == 0)
        {
            return null;
        }

        var count = (double)ratings.Count;
        var observed = ratings.Count(pair => EqualityComparer<TLabel>.Default.Equals(pair.First, pair.Second)) / count;

        var firstShares = LabelShares(ratings.Select(pair => pair.First), count);
        var secondShares = LabelShares(ratings.Select(pair => pair.Second), count);
        var chance = firstShares.Sum(entry => entry.Value * secondShares.GetValueOrDefault(entry.Key));

        return chance >= 1 ? null : (observed - chance) / (1 - chance);
    }

    // Each label's share of the count of items one rater labelled.
    private static Dictionary<TLabel, double> LabelShares<TLabel>(IEnumerable<TLabel> labels, double count)
        where TLabel : notnull =>
        labels.GroupBy(label => label).ToDictionary(group => group.Key, group => group.Count() / count);
}
