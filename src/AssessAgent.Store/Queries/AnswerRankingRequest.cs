namespace AssessAgent.Store.Queries;

/// <summary>Which stored question to rank the answers of, and how.</summary>
/// <param name="Question">
/// Words that name the question, such as "Redis session"; the stored question whose text matches them best is the
/// one ranked.
/// </param>
/// <param name="Order">Best or worst first.</param>
/// <param name="Filter">Which assessments take part; <see langword="null"/> takes all.</param>
/// <param name="Limit">How many answers to return at most. Defaults to 10.</param>
/// <param name="SameQuestionSimilarity">
/// The cosine similarity of two questions' embeddings at and above which questions of different interviews are the
/// same in substance (reworded between interviews). Defaults to 0.75: among the eval cases' questions, rewordings
/// such as "What questions do you have for us?" and "... for me?" score 0.75 to 0.89, and the closest two different
/// questions of different interviews 0.70.
/// </param>
public sealed record AnswerRankingRequest(
    string Question,
    RankingOrder Order = RankingOrder.Best,
    AssessmentFilter? Filter = null,
    int Limit = 10,
    double SameQuestionSimilarity = 0.75);
