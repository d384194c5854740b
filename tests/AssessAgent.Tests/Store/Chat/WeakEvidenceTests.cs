using AssessAgent.Assessment;
using AssessAgent.Store;
using AssessAgent.Store.Chat;
using AssessAgent.Store.Queries;
using AssessAgent.Store.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssessAgent.Tests.Store.Chat;

/// <summary>
/// The retrieval answerer cites only hits that bear on the question: a hit found by meaning alone at a similarity
/// that only shares a subject area is not evidence, and the phrasing of a question is not matched by keyword.
/// </summary>
public sealed class WeakEvidenceTests
{
    [Fact]
    public async Task Answer_OnlyWeakMeaningMatches_SaysTheStoreHasNoEvidenceInsteadOfCitingThem()
    {
        var queries = new FixedHits(Hit("aaaaaaaaaaaa", keywordRank: null, similarity: 0.33));

        var answer = await Answerer(queries).AnswerAsync("Who struggled with recommendations?");

        Assert.False(answer.HasEvidence);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("The store has no evidence for that", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_WeakAndStrongMatches_CitesOnlyTheStrongOnes()
    {
        var queries = new FixedHits(
            Hit("aaaaaaaaaaaa", keywordRank: null, similarity: 0.33),
            Hit("bbbbbbbbbbbb", keywordRank: 1, similarity: null),
            Hit("cccccccccccc", keywordRank: null, similarity: 0.52));

        var answer = await Answerer(queries).AnswerAsync("Who uses read replicas?");

        Assert.Equal(["bbbbbbbbbbbb", "cccccccccccc"], answer.Citations.Select(citation => citation.AssessmentId));
    }

    [Theory]
    [InlineData("Who talked about quantum chromodynamics?", new[] { "quantum", "chromodynamics" })]
    [InlineData("Which candidate mentioned Kafka?", new[] { "kafka" })]
    [InlineData("Has anyone discussed read replicas", new[] { "read", "replicas" })]
    public void Extract_QuestionPhrasedAboutWhatWasSaid_KeepsOnlyItsSubject(string question, string[] terms)
    {
        Assert.Equal(terms, SearchTerms.Extract(question));
    }

    private static RetrievalAnswerer Answerer(IAssessmentQueries queries) =>
        new(new NoStore(), queries, NullLogger<RetrievalAnswerer>.Instance);

    private static SearchHit Hit(string id, int? keywordRank, double? similarity) => new(
        id, "Ada Example", "Backend Engineer", null, "technical-1", "Technical", "How would you scale reads?",
        "With read replicas.", 70, RelevanceLabel.Relevant, null, null,
        new HitRank(0.01, keywordRank, similarity is null ? null : 1, similarity));

    /// <summary>Queries whose search returns the given hits; nothing else is asked of them here.</summary>
    private sealed class FixedHits(params SearchHit[] hits) : IAssessmentQueries
    {
        public Task<IReadOnlyList<SearchHit>> SearchAsync(
            SearchRequest request,
            CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SearchHit>>(hits);

        public Task<IReadOnlyList<ScoreStatistics>> GetScoreStatisticsAsync(
            AssessmentFilter filter,
            StatisticsGrouping grouping,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<CandidateSummary>> ListCandidatesAsync(
            AssessmentFilter filter,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<CandidateProfile>> CompareCandidatesAsync(
            IReadOnlyList<string> candidates,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<AnswerRanking?> RankAnswersAsync(
            AnswerRankingRequest request,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    /// <summary>A store the search path never reads.</summary>
    private sealed class NoStore : IAssessmentStore
    {
        public Task<SaveResult> SaveAsync(
            AssessmentReport report,
            AssessAgent.Transcripts.Transcript? transcript,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<StoredAssessment?> GetAsync(string id, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<AssessmentPage> ListAsync(AssessmentQuery query, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public IAsyncEnumerable<StoredAssessment> ExportAsync(
            AssessmentFilter? filter = null,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
