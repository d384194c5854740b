using AssessAgent.Store.Queries;
using AssessAgent.Store.Search;

namespace AssessAgent.Store;

/// <summary>
/// Questions about the stored assessments. Search finds evidence; counts and averages come from structured
/// queries over all matching rows, never from counting search results.
/// </summary>
public interface IAssessmentQueries
{
    /// <summary>
    /// Finds the stored questions, answers and feedback that best match the text, by keyword and by embedding
    /// similarity, ranked by reciprocal rank fusion.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Score statistics of the matching assessments' answers, grouped by section or by question.</summary>
    Task<IReadOnlyList<ScoreStatistics>> GetScoreStatisticsAsync(
        AssessmentFilter filter,
        StatisticsGrouping grouping,
        CancellationToken cancellationToken = default);

    /// <summary>The candidates of the matching assessments, with their count, mean score and latest verdict.</summary>
    Task<IReadOnlyList<CandidateSummary>> ListCandidatesAsync(
        AssessmentFilter filter,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The named candidates side by side, with their mean score per section. A name that matches no stored
    /// candidate (ignoring case) is left out.
    /// </summary>
    Task<IReadOnlyList<CandidateProfile>> CompareCandidatesAsync(
        IReadOnlyList<string> candidates,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Ranks by score every stored answer to the question the request names: the stored question whose text
    /// matches it best, together with the questions that are the same in substance (the same text, or a very
    /// similar one). <see langword="null"/> when no stored question matches.
    /// </summary>
    Task<AnswerRanking?> RankAnswersAsync(
        AnswerRankingRequest request,
        CancellationToken cancellationToken = default);
}
