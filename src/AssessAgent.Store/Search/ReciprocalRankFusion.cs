namespace AssessAgent.Store.Search;

/// <summary>
/// Merges the keyword ranking and the embedding ranking by reciprocal rank fusion: each hit scores the sum of
/// 1/(k + rank) over the rankings it appears in. Ranks, not raw scores, are merged, because BM25 or ts_rank
/// values and cosine similarities are on scales that cannot be compared.
/// </summary>
internal static class ReciprocalRankFusion
{
    /// <summary>The usual constant: it keeps the first places from outweighing agreement between rankings.</summary>
    public const int K = 60;

    public static IReadOnlyList<(QuestionKey Key, HitRank Rank)> Fuse(
        IReadOnlyList<QuestionKey> keywordRanking,
        IReadOnlyList<(QuestionKey Key, double Similarity)> semanticRanking)
    {
        var ranks = new Dictionary<QuestionKey, HitRank>();

        for (var index = 0; index < keywordRanking.Count; index++)
        {
            var key = keywordRanking[index];
            ranks[key] = new HitRank(Contribution(index), index + 1, null, null);
        }

        for (var index = 0; index < semanticRanking.Count; index++)
        {
            var (key, similarity) = semanticRanking[index];
            var rank = ranks.GetValueOrDefault(key) ?? new HitRank(0, null, null, null);
            ranks[key] = rank with
            {
                FusedScore = rank.FusedScore + Contribution(index),
                SemanticRank = index + 1,
                Similarity = similarity,
            };
        }

        return ranks
            .OrderByDescending(pair => pair.Value.FusedScore)
            .ThenBy(pair => pair.Value.KeywordRank ?? int.MaxValue)
            .Select(pair => (pair.Key, pair.Value))
            .ToList();
    }

    private static double Contribution(int index) => 1.0 / (K + index + 1);
}
