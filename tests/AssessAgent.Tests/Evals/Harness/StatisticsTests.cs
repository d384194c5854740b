using AssessAgent.Evals.Metrics;

namespace AssessAgent.Tests.Evals.Harness;

public sealed class StatisticsTests
{
    [Fact]
    public void Spearman_NoTies_EqualsOneMinusSixSumOfSquaredRankDifferences()
    {
        // d = -1, 1, -1, 1, 0: 1 - 6 * 4 / (5 * (25 - 1)) = 0.8.
        var rho = Statistics.Spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]);

        Assert.Equal(0.8, rho!.Value, 10);
    }

    [Fact]
    public void Spearman_TiedValues_ShareTheirMeanRank()
    {
        // Ranks of y: 1, 2, 3.5, 5, 3.5; Pearson of the ranks = 8 / sqrt(10 * 9.5).
        var rho = Statistics.Spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]);

        Assert.Equal(8 / Math.Sqrt(95), rho!.Value, 10);
    }

    [Fact]
    public void Spearman_ReversedOrder_IsMinusOne()
    {
        Assert.Equal(-1, Statistics.Spearman([10, 20, 30], [3, 2, 1])!.Value, 10);
    }

    [Fact]
    public void Spearman_OneSideWithoutSpread_IsUndefined()
    {
        Assert.Null(Statistics.Spearman([1, 2, 3], [7, 7, 7]));
        Assert.Null(Statistics.Spearman([1], [2]));
    }

    [Fact]
    public void Ranks_Ties_TakeTheMeanOfTheirPlaces()
    {
        Assert.Equal([2.5, 1, 2.5, 4], Statistics.Ranks([5, 1, 5, 9]));
    }

    [Fact]
    public void CohenKappa_TextbookTable_IsPointFour()
    {
        // Both yes 20, first yes second no 5, first no second yes 10, both no 15:
        // observed 0.7, chance 0.5 * 0.6 + 0.5 * 0.4 = 0.5, kappa (0.7 - 0.5) / 0.5 = 0.4.
        var ratings = Enumerable.Repeat(("yes", "yes"), 20)
            .Concat(Enumerable.Repeat(("yes", "no"), 5))
            .Concat(Enumerable.Repeat(("no", "yes"), 10))
            .Concat(Enumerable.Repeat(("no", "no"), 15))
            .ToList();

        Assert.Equal(0.4, Statistics.CohenKappa(ratings)!.Value, 10);
    }

    [Fact]
    public void CohenKappa_ThreeLabelsByHand_MatchesFormula()
    {
        // Diagonal 2 of 4 (observed 0.5); first A,A,B,C and second A,B,B,A give chance
        // A 0.5*0.5 + B 0.25*0.5 + C 0.25*0 = 0.375; kappa = 0.125 / 0.625 = 0.2.
        var ratings = new List<(string, string)> { ("A", "A"), ("A", "B"), ("B", "B"), ("C", "A") };

        Assert.Equal(0.2, Statistics.CohenKappa(ratings)!.Value, 10);
    }

    [Fact]
    public void CohenKappa_PerfectAgreementOnSeveralLabels_IsOne()
    {
        var ratings = new List<(int, int)> { (1, 1), (2, 2), (3, 3) };

        Assert.Equal(1, Statistics.CohenKappa(ratings)!.Value, 10);
    }

    [Fact]
    public void CohenKappa_BothRatersAlwaysSameSingleLabel_IsUndefined()
    {
        Assert.Null(Statistics.CohenKappa(new List<(int, int)> { (1, 1), (1, 1) }));
    }

    [Fact]
    public void LabelScores_OffTopicPositive_CountsPrecisionAndRecall()
    {
        // Truth/predicted: 2 true positives, 1 false positive, 1 false negative.
        var pairs = new List<(string, string)>
        {
            ("off", "off"), ("off", "off"), ("on", "off"), ("off", "on"), ("on", "on"),
        };

        var scores = LabelScores.For("off", pairs);

        Assert.Equal(2.0 / 3, scores.Precision!.Value, 10);
        Assert.Equal(2.0 / 3, scores.Recall!.Value, 10);
        Assert.Equal(3, scores.Support);
    }
}
