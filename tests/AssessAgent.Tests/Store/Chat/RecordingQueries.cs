using AssessAgent.Store;
using AssessAgent.Store.Queries;
using AssessAgent.Store.Search;

namespace AssessAgent.Tests.Store.Chat;

/// <summary>Passes every query on to the real store and remembers what was asked, to show what really ran.</summary>
internal sealed class RecordingQueries(IAssessmentQueries inner) : IAssessmentQueries
{
    public List<SearchRequest> Searches { get; } = [];

    public List<(AssessmentFilter Filter, StatisticsGrouping Grouping)> Statistics { get; } = [];

    public List<AssessmentFilter> CandidateListings { get; } = [];

    public List<IReadOnlyList<string>> Comparisons { get; } = [];

    public List<AnswerRankingRequest> Rankings { get; } = [];

    public Task<IReadOnlyList<SearchHit>> SearchAsync(
        SearchRequest request,
        CancellationToken cancellationToken = default)
    {
        Searches.Add(request);
        return inner.SearchAsync(request, cancellationToken);
    }

    public Task<IReadOnlyList<ScoreStatistics>> GetScoreStatisticsAsync(
        AssessmentFilter filter,
        StatisticsGrouping grouping,
        CancellationToken cancellationToken = default)
    {
        Statistics.Add((filter, grouping));
        return inner.GetScoreStatisticsAsync(filter, grouping, cancellationToken);
    }

    public Task<IReadOnlyList<CandidateSummary>> ListCandidatesAsync(
        AssessmentFilter filter,
        CancellationToken cancellationToken = default)
    {
        CandidateListings.Add(filter);
        return inner.ListCandidatesAsync(filter, cancellationToken);
    }

    public Task<IReadOnlyList<CandidateProfile>> CompareCandidatesAsync(
        IReadOnlyList<string> candidates,
        CancellationToken cancellationToken = default)
    {
        Comparisons.Add(candidates);
        return inner.CompareCandidatesAsync(candidates, cancellationToken);
    }

    public Task<AnswerRanking?> RankAnswersAsync(
        AnswerRankingRequest request,
        CancellationToken cancellationToken = default)
    {
        Rankings.Add(request);
        return inner.RankAnswersAsync(request, cancellationToken);
    }
}
