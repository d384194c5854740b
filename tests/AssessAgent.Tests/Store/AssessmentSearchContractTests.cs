using AssessAgent.Assessment;
using AssessAgent.Store;
using AssessAgent.Store.Queries;
using AssessAgent.Store.Search;

namespace AssessAgent.Tests.Store;

/// <summary>Search and structured queries over a small imported set, on every backend.</summary>
public abstract class AssessmentSearchContractTests : IAsyncLifetime
{
    private static readonly SampleQuestion[] CachingInterview =
    [
        new("Technical", "technical-1", "How would you speed up a slow API?",
            "Profile first, then cache the expensive responses in Redis with a short expiry.", 81,
            TimeSpan.FromMinutes(3)),
        new("Behavioral", "behavioral-1", "Tell me about a time you failed.",
            "I shipped a migration without a rollback plan and we lost an afternoon restoring backups.", 62),
    ];

    private static readonly SampleQuestion[] FrontendInterview =
    [
        new("Technical", "technical-1", "How do you keep a large React app maintainable?",
            "Small components, typed props and a design system shared between teams.", 70),
        new("Behavioral", "behavioral-1", "Tell me about a time you failed.", null, 0),
    ];

    private StoreBackend _backend = null!;

    protected abstract StoreBackend CreateBackend();

    public Task InitializeAsync()
    {
        _backend = CreateBackend();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [BackendFact]
    public async Task Search_QuestionAboutReplicas_RanksTheAnswerThatNamesThemFirstWithItsCitation()
    {
        var store = _backend.CreateStore(new FakeEmbeddingGenerator());
        var ids = await ImportAsync(store);

        var hits = await store.SearchAsync(new("who talked about read replicas for the database?"));

        var best = hits[0];
        Assert.Equal(ids["Ada Example"], best.AssessmentId);
        Assert.Equal("technical-1", best.QuestionId);
        Assert.Equal("How would you scale a relational database for heavy reads?", best.Question);
        Assert.Equal(TimeSpan.FromMinutes(5), best.AskedAt);
        Assert.Equal(1, best.Rank.KeywordRank);
        Assert.Equal(1, best.Rank.SemanticRank);
        Assert.True(hits.Zip(hits.Skip(1)).All(pair => pair.First.Rank.FusedScore >= pair.Second.Rank.FusedScore));
    }

    [BackendFact]
    public async Task Search_WithCandidateFilter_SearchesOnlyThatCandidate()
    {
        var store = _backend.CreateStore(new FakeEmbeddingGenerator());
        var ids = await ImportAsync(store);

        var hits = await store.SearchAsync(new("cache expensive responses", new AssessmentFilter { Candidate = "bo" }));

        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.Equal(ids["Bo Sample"], hit.AssessmentId));
        Assert.Equal("technical-1", hits[0].QuestionId);
    }

    [BackendFact]
    public async Task Search_UnrelatedQuestion_FindsNoEvidence()
    {
        var store = _backend.CreateStore(new FakeEmbeddingGenerator());
        await ImportAsync(store);

        var hits = await store.SearchAsync(new("quantum chromodynamics lattice"));

        Assert.Empty(hits);
    }

    [BackendFact]
    public async Task Search_WithoutEmbeddingGenerator_RanksByKeywordsAlone()
    {
        var store = _backend.CreateStore();
        var ids = await ImportAsync(store);

        var hits = await store.SearchAsync(new("react components"));

        var hit = Assert.Single(hits);
        Assert.Equal(ids["Cy Trial"], hit.AssessmentId);
        Assert.Null(hit.Rank.SemanticRank);
    }

    [BackendFact]
    public async Task Search_AfterEmbeddingModelChanged_ReembedsEveryQuestionInsteadOfMixingModels()
    {
        var oldModel = new FakeEmbeddingGenerator("old-model");
        await ImportAsync(_backend.CreateStore(oldModel));
        var vectorCount = await _backend.CountAsync("SELECT COUNT(*) FROM embeddings");

        var newModel = new FakeEmbeddingGenerator("new-model");
        var hits = await _backend.CreateStore(newModel).SearchAsync(new("read replicas"));

        Assert.NotEmpty(hits);
        Assert.Equal(vectorCount, newModel.TextsEmbedded - 1);
        Assert.Equal(vectorCount, await _backend.CountAsync(
            "SELECT COUNT(*) FROM embeddings WHERE model = @model", ("@model", "new-model")));
        Assert.Equal(0, await _backend.CountAsync(
            "SELECT COUNT(*) FROM embeddings WHERE model <> @model", ("@model", "new-model")));
    }

    [BackendFact]
    public async Task Save_WhenEmbeddingFails_StoresTheAssessmentAndEmbedsItAtTheNextSearch()
    {
        var embedder = new FakeEmbeddingGenerator { Fail = true };
        var store = _backend.CreateStore(embedder);
        var (report, transcript) = StoreSamples.Interview();

        var saved = await store.SaveAsync(report, transcript);
        var vectorsBefore = await _backend.CountAsync("SELECT COUNT(*) FROM embeddings");
        embedder.Fail = false;
        var hits = await store.SearchAsync(new("garbage collection generations"));

        Assert.NotNull(await store.GetAsync(saved.Id));
        Assert.Equal(0, vectorsBefore);
        Assert.True(await _backend.CountAsync("SELECT COUNT(*) FROM embeddings") > 0);
        Assert.Equal("technical-2", hits[0].QuestionId);
        Assert.NotNull(hits[0].Rank.SemanticRank);
    }

    [BackendFact]
    public async Task ScoreStatistics_BySection_AggregatesEveryAnsweredQuestionOfTheFilteredAssessments()
    {
        var store = _backend.CreateStore();
        await ImportAsync(store);

        var all = await store.GetScoreStatisticsAsync(AssessmentFilter.All, StatisticsGrouping.Section);
        var hires = await store.GetScoreStatisticsAsync(
            new AssessmentFilter { Recommendation = HiringDecision.Hire }, StatisticsGrouping.Section);

        // Technical: Ada 88 and 64, Bo 81, Cy 70; Behavioral: Ada 58, Bo 62, and Cy's missing answer left out.
        var technical = all.Single(row => row.Section == "Technical");
        Assert.Equal((4, 3, 64, 88), (technical.AnswerCount, technical.AssessmentCount, technical.Minimum,
            technical.Maximum));
        Assert.Equal((88 + 64 + 81 + 70) / 4.0, technical.Mean, 6);
        var behavioral = all.Single(row => row.Section == "Behavioral");
        Assert.Equal((2, 60.0), (behavioral.AnswerCount, behavioral.Mean));
        Assert.Equal(2, hires.Single(row => row.Section == "Technical").AssessmentCount);
    }

    [BackendFact]
    public async Task ScoreStatistics_ByQuestion_GroupsBySectionAndQuestionId()
    {
        var store = _backend.CreateStore();
        await ImportAsync(store);

        var rows = await store.GetScoreStatisticsAsync(AssessmentFilter.All, StatisticsGrouping.Question);

        var technicalOne = rows.Single(row => row.Section == "Technical" && row.QuestionId == "technical-1");
        Assert.Equal(3, technicalOne.AnswerCount);
        Assert.Equal((88 + 81 + 70) / 3.0, technicalOne.Mean, 6);
        Assert.False(string.IsNullOrEmpty(technicalOne.Question));
    }

    [BackendFact]
    public async Task ListCandidates_WithPositionFilter_CountsEachCandidatesAssessments()
    {
        var store = _backend.CreateStore();
        var ids = await ImportAsync(store);
        var (again, transcript) = StoreSamples.Interview(
            candidate: "ada example", date: new DateOnly(2026, 11, 20), decision: HiringDecision.StrongHire,
            promptVersion: "v2");
        var laterId = (await store.SaveAsync(again with
        {
            Provenance = again.Provenance with { GeneratedAt = again.Provenance.GeneratedAt.AddDays(20) },
        }, transcript)).Id;

        var backend = await store.ListCandidatesAsync(new AssessmentFilter { Position = "backend" });

        Assert.Equal(["ada example", "Bo Sample"], backend.Select(candidate => candidate.Candidate));
        var ada = backend.Single(candidate => candidate.Candidate == "ada example");
        Assert.Equal(2, ada.AssessmentCount);
        Assert.Equal(laterId, ada.LatestAssessmentId);
        Assert.Equal(HiringDecision.StrongHire, ada.LatestRecommendation);
        Assert.NotEqual(ids["Ada Example"], ada.LatestAssessmentId);
    }

    [BackendFact]
    public async Task CompareCandidates_TwoKnownAndOneUnknown_ReturnsTheKnownWithSectionMeans()
    {
        var store = _backend.CreateStore();
        await ImportAsync(store);

        var profiles = await store.CompareCandidatesAsync(["ADA EXAMPLE", "Bo Sample", "Nobody Known"]);

        Assert.Equal(["Ada Example", "Bo Sample"], profiles.Select(profile => profile.Summary.Candidate));
        var ada = profiles[0];
        Assert.Equal(76.0, ada.Sections.Single(section => section.Section == "Technical").Mean, 6);
        Assert.Equal(62.0, profiles[1].Sections.Single(section => section.Section == "Behavioral").Mean, 6);
    }

    [BackendFact]
    public async Task RankAnswers_QuestionOfSeveralInterviews_OrdersItsAnswersByScoreWithoutTheUnanswered()
    {
        var store = _backend.CreateStore(new FakeEmbeddingGenerator());
        var ids = await ImportAsync(store);
        var dee = await SaveAsync(store, "Dee Fourth",
            new("Behavioral", "behavioral-1", "Tell me about a time you failed.",
                "I promised a date I could not keep and told the team too late.", 40),
            new("Behavioral", "behavioral-2", "Tell me about a time you failed a colleague.",
                "I missed a review I had promised and the release slipped.", 95));

        var best = await store.RankAnswersAsync(new AnswerRankingRequest("the time you failed"));
        var worst = await store.RankAnswersAsync(new AnswerRankingRequest("the time you failed", RankingOrder.Worst));

        Assert.NotNull(best);
        Assert.Equal("Tell me about a time you failed.", best.Question);
        Assert.Equal(
            [(ids["Bo Sample"], "behavioral-1", 62), (dee, "behavioral-1", 40)],
            best.Answers.Select(answer => (answer.AssessmentId, answer.QuestionId, answer.Score)));
        Assert.Equal((2, 2), (best.AnswerCount, best.CandidateCount));
        Assert.Equal(["Dee Fourth", "Bo Sample"], worst!.Answers.Select(answer => answer.Candidate));
    }

    [BackendFact]
    public async Task RankAnswers_WithoutEmbeddings_MatchesTheQuestionByItsWordsOrFindsNone()
    {
        var store = _backend.CreateStore();
        var ids = await ImportAsync(store);

        var ranking = await store.RankAnswersAsync(new AnswerRankingRequest("garbage collection"));
        var none = await store.RankAnswersAsync(new AnswerRankingRequest("quantum chromodynamics"));

        var answer = Assert.Single(ranking!.Answers);
        Assert.Equal((ids["Ada Example"], "technical-2", 64), (answer.AssessmentId, answer.QuestionId, answer.Score));
        Assert.Equal(TimeSpan.FromMinutes(12), answer.AskedAt);
        Assert.Equal(1, ranking.CandidateCount);
        Assert.Null(ranking.Match);
        Assert.Null(none);
    }

    private static async Task<string> SaveAsync(
        IAssessmentStore store,
        string candidate,
        params SampleQuestion[] questions)
    {
        var (report, transcript) = StoreSamples.Interview(
            candidate, "Backend Engineer", new DateOnly(2026, 10, 2), HiringDecision.LeanHire, questions: questions);

        return (await store.SaveAsync(report, transcript)).Id;
    }

    /// <summary>Three interviews: Ada (backend, Hire), Bo (backend, NoHire), Cy (frontend, Hire).</summary>
    private static async Task<Dictionary<string, string>> ImportAsync(IAssessmentStore store)
    {
        var interviews = new (string Candidate, string Position, HiringDecision Decision, SampleQuestion[] Questions)[]
        {
            ("Ada Example", "Backend Engineer", HiringDecision.Hire, StoreSamples.BackendInterview),
            ("Bo Sample", "Backend Engineer", HiringDecision.NoHire, CachingInterview),
            ("Cy Trial", "Frontend Engineer", HiringDecision.Hire, FrontendInterview),
        };

        var ids = new Dictionary<string, string>();
        foreach (var (candidate, position, decision, questions) in interviews)
        {
            var (report, transcript) = StoreSamples.Interview(
                candidate, position, new DateOnly(2026, 10, 1), decision, questions: questions);
            ids[candidate] = (await store.SaveAsync(report, transcript)).Id;
        }

        return ids;
    }
}

public sealed class SqliteAssessmentSearchTests : AssessmentSearchContractTests
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}

[RequiresPostgres]
public sealed class PostgresAssessmentSearchTests : AssessmentSearchContractTests
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend();
}
