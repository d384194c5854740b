using AssessAgent.Store.Search;

namespace AssessAgent.Tests.Store;

/// <summary>The in-memory vector index on its own: what it holds after changes, and how it ranks.</summary>
public sealed class VectorIndexTests
{
    private const int Dimensions = 48;

    [Fact]
    public void Replace_ThenRemove_HoldsOnlyTheCurrentVectorsAndReusesFreedSlots()
    {
        var index = new VectorIndex();
        var random = new Random(7);

        index.Replace("a1", [("q1", RandomVector(random)), ("q1", RandomVector(random)), ("q2", RandomVector(random))]);
        index.Replace("a2", [("q1", RandomVector(random))]);
        index.Replace("a1", [("q3", RandomVector(random))]);
        var afterReplace = (index.VectorCount, index.AssessmentCount, index.Bytes);
        index.Remove("a2");
        index.Remove("unknown");

        Assert.Equal(2, afterReplace.VectorCount);
        Assert.Equal(2, afterReplace.AssessmentCount);
        Assert.Equal(1, index.VectorCount);
        Assert.False(index.Contains("a2"));
        Assert.True(index.Contains("a1"));
        Assert.Equal(afterReplace.Bytes, index.Bytes);
    }

    [Fact]
    public void Replace_WithNoVectors_RemovesTheAssessment()
    {
        var index = new VectorIndex();
        index.Replace("a1", [("q1", RandomVector(new Random(1)))]);

        index.Replace("a1", []);

        Assert.False(index.Contains("a1"));
        Assert.Equal(0, index.VectorCount);
    }

    [Theory]
    [InlineData(1_000_000, 0)]
    [InlineData(0, 100_000)]
    public void FindCandidates_OnSmallSet_ContainTheBruteForceRankingInOrder(int exactScanLimit, int signCandidates)
    {
        var index = new VectorIndex(new VectorIndexOptions(exactScanLimit, signCandidates));
        var random = new Random(42);
        var stored = new List<(QuestionKey Key, float[] Vector)>();
        for (var assessment = 0; assessment < 60; assessment++)
        {
            var vectors = Enumerable.Range(0, 9)
                .Select(vector => ($"q{vector / 3}", RandomVector(random)))
                .ToList();
            index.Replace($"a{assessment}", vectors);
            stored.AddRange(vectors.Select(item => (new QuestionKey($"a{assessment}", item.Item1), item.Item2)));
        }

        var query = RandomVector(random);
        var expected = BruteForce(stored, query, minimum: 0.1).Take(10).ToList();
        var candidates = index.FindCandidates(query, null, 20, 0.1);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, candidates.Take(expected.Count));
    }

    [Fact]
    public void FindCandidates_WithAssessments_SearchesOnlyThose()
    {
        var index = new VectorIndex();
        var random = new Random(3);
        var query = RandomVector(random);
        index.Replace("near", [("q1", query.Select(value => value + 0.01f).ToArray())]);
        index.Replace("other", [("q1", RandomVector(random))]);

        var all = index.FindCandidates(query, null, 5, -1);
        var onlyOther = index.FindCandidates(query, ["other", "missing"], 5, -1);

        Assert.Equal(new QuestionKey("near", "q1"), all[0]);
        Assert.Equal([new QuestionKey("other", "q1")], onlyOther);
    }

    [Fact]
    public void FindCandidates_QueryOfAnotherLength_FindsNothing()
    {
        var index = new VectorIndex();
        index.Replace("a1", [("q1", RandomVector(new Random(1)))]);

        Assert.Empty(index.FindCandidates(new float[Dimensions + 1], null, 5, -1));
    }

    private static List<QuestionKey> BruteForce(
        IEnumerable<(QuestionKey Key, float[] Vector)> stored,
        float[] query,
        double minimum) =>
        stored
            .GroupBy(item => item.Key)
            .Select(group => (group.Key, Similarity: group.Max(item => CosineSimilarity.Of(query, item.Vector))))
            .Where(item => item.Similarity >= minimum)
            .OrderByDescending(item => item.Similarity)
            .Select(item => item.Key)
            .ToList();

    private static float[] RandomVector(Random random) =>
        Enumerable.Range(0, Dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
}
