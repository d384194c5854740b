using AssessAgent.Store.Search;
using AssessAgent.Store.Sql;

namespace AssessAgent.Tests.Store;

/// <summary>
/// The store's in-memory vector index against the database, on every backend: it follows saves, deletes and
/// re-embedding by this instance and by others, and ranks as a brute-force pass over the stored vectors would.
/// </summary>
public abstract class SearchIndexContractTests : IAsyncLifetime
{
    private static readonly string[] Topics =
    [
        "read replicas and caching for a relational database", "garbage collection generations in the runtime",
        "a conflict about code review style", "deploying with blue green releases and rollback",
        "profiling a slow API endpoint", "designing a message queue consumer", "mentoring a junior developer",
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
    public async Task Search_ByMeaning_RanksAsBruteForceOverTheStoredVectors()
    {
        var store = _backend.CreateStore(new FakeEmbeddingGenerator());
        await SaveInterviewsAsync(store, 12);

        var hits = await store.SearchAsync(new("database caching replicas", Limit: 50, Mode: SearchMode.Meaning));

        var expected = await BruteForceAsync("database caching replicas");
        Assert.NotEmpty(hits);
        Assert.True(expected.Count <= 50, "the sample must fit one ranking depth for ties to compare as sets");
        Assert.Equal(
            expected.Select(item => (item.Key, Math.Round(item.Similarity, 6))).OrderBy(item => item.ToString()),
            hits.Select(hit => (Key: new QuestionKey(hit.AssessmentId, hit.QuestionId),
                    Math.Round(hit.Rank.Similarity!.Value, 6)))
                .OrderBy(item => item.ToString()));
        Assert.Equal(
            expected.Select(item => Math.Round(item.Similarity, 6)),
            hits.Select(hit => Math.Round(hit.Rank.Similarity!.Value, 6)));
    }

    [BackendFact]
    public async Task Search_PastTheExactScanLimit_RanksAsBruteForceWhenSignCandidatesCoverTheSet()
    {
        var store = _backend.CreateStore(new FakeEmbeddingGenerator());
        store.VectorIndexOptions = new VectorIndexOptions(ExactScanLimit: 0, SignCandidates: 10_000);
        await SaveInterviewsAsync(store, 8);

        var hits = await store.SearchAsync(new("profiling slow endpoint", Limit: 50, Mode: SearchMode.Meaning));

        var expected = await BruteForceAsync("profiling slow endpoint");
        Assert.Equal(
            expected.Select(item => Math.Round(item.Similarity, 6)),
            hits.Select(hit => Math.Round(hit.Rank.Similarity!.Value, 6)));
    }

    [BackendFact]
    public async Task Search_AfterAnotherInstanceSaved_FindsTheNewAssessment()
    {
        var searcher = _backend.CreateStore(new FakeEmbeddingGenerator());
        var writer = _backend.CreateStore(new FakeEmbeddingGenerator());
        await SaveInterviewsAsync(writer, 2);
        await searcher.SearchAsync(new("anything at all"));
        var vectorsBefore = searcher.LoadedVectorIndex!.VectorCount;

        var (report, transcript) = StoreSamples.Interview("Late Arrival", questions:
        [
            new("Technical", "technical-1", "How do you tune a kafka consumer?",
                "Batch sizes and partition counts.", 70),
        ]);
        var saved = await writer.SaveAsync(report, transcript);
        var hits = await searcher.SearchAsync(new("kafka consumer partitions", Mode: SearchMode.Meaning));

        Assert.Equal(saved.Id, hits[0].AssessmentId);
        Assert.True(searcher.LoadedVectorIndex.Contains(saved.Id));
        Assert.Equal(vectorsBefore + 3, searcher.LoadedVectorIndex.VectorCount);
    }

    [BackendFact]
    public async Task Delete_AfterIndexLoaded_RemovesEveryVectorFromEachInstancesIndex()
    {
        var searcher = _backend.CreateStore(new FakeEmbeddingGenerator());
        var deleter = _backend.CreateStore(new FakeEmbeddingGenerator());
        var ids = await SaveInterviewsAsync(searcher, 3);
        await searcher.SearchAsync(new("read replicas"));
        await deleter.SearchAsync(new("read replicas"));

        Assert.True(await deleter.DeleteAsync(ids[0]));
        var searcherHits = await searcher.SearchAsync(new("read replicas caching database", Limit: 50));
        var deleterHits = await deleter.SearchAsync(new("read replicas caching database", Limit: 50));

        Assert.DoesNotContain(searcherHits, hit => hit.AssessmentId == ids[0]);
        Assert.DoesNotContain(deleterHits, hit => hit.AssessmentId == ids[0]);
        Assert.False(searcher.LoadedVectorIndex!.Contains(ids[0]));
        Assert.False(deleter.LoadedVectorIndex!.Contains(ids[0]));
        var stored = await _backend.CountAsync("SELECT COUNT(*) FROM embeddings");
        Assert.Equal(stored, searcher.LoadedVectorIndex.VectorCount);
        Assert.Equal(stored, deleter.LoadedVectorIndex.VectorCount);
    }

    [BackendFact]
    public async Task Search_AfterSaveWhoseEmbeddingFailed_EmbedsItAndAddsItToTheLoadedIndex()
    {
        var embedder = new FakeEmbeddingGenerator();
        var store = _backend.CreateStore(embedder);
        await SaveInterviewsAsync(store, 2);
        await store.SearchAsync(new("anything at all"));

        embedder.Fail = true;
        var (report, transcript) = StoreSamples.Interview("Flaky Embedder");
        var saved = await store.SaveAsync(report, transcript);
        embedder.Fail = false;
        var hits = await store.SearchAsync(new("garbage collection generations", Mode: SearchMode.Meaning));

        Assert.Contains(hits, hit => hit.AssessmentId == saved.Id && hit.QuestionId == "technical-2");
        Assert.True(store.LoadedVectorIndex!.Contains(saved.Id));
        Assert.Equal(await _backend.CountAsync("SELECT COUNT(*) FROM embeddings"), store.LoadedVectorIndex.VectorCount);
    }

    [BackendFact]
    public async Task Search_AfterAnotherModelReembedded_IndexHoldsOnlyItsOwnModelsVectors()
    {
        var oldModel = _backend.CreateStore(new FakeEmbeddingGenerator("old-model"));
        await SaveInterviewsAsync(oldModel, 3);
        await oldModel.SearchAsync(new("read replicas"));

        var newModel = _backend.CreateStore(new FakeEmbeddingGenerator("new-model"));
        await newModel.SearchAsync(new("read replicas"));

        var newVectors = await _backend.CountAsync(
            "SELECT COUNT(*) FROM embeddings WHERE model = @model", ("@model", "new-model"));
        Assert.Equal(newVectors, newModel.LoadedVectorIndex!.VectorCount);
        Assert.True(newVectors > 0);
    }

    private async Task<List<(QuestionKey Key, double Similarity)>> BruteForceAsync(string query)
    {
        var queryVector = (await new FakeEmbeddingGenerator().GenerateAsync([query]))[0].Vector.ToArray();
        await using var connection = await _backend.OpenAsync();
        var rows = await SqlCommands.QueryAsync(
            connection, null, "SELECT assessment_id, question_id, vector FROM embeddings",
            reader => (Key: new QuestionKey(reader.GetString(0), reader.GetString(1)),
                Similarity: CosineSimilarity.Of(queryVector, QuestionEmbedder.FromBytes((byte[])reader.GetValue(2)))),
            CancellationToken.None);

        return rows
            .GroupBy(row => row.Key)
            .Select(group => (group.Key, Similarity: group.Max(row => row.Similarity)))
            .Where(row => row.Similarity >= 0.3)
            .OrderByDescending(row => row.Similarity)
            .ToList();
    }

    /// <summary>Interviews of three questions each on topics taken in turn, with distinct candidates.</summary>
    private static async Task<List<string>> SaveInterviewsAsync(SqlAssessmentStore store, int count)
    {
        var ids = new List<string>();
        for (var number = 0; number < count; number++)
        {
            var questions = Enumerable.Range(0, 3)
                .Select(offset => Topics[(number + offset) % Topics.Length])
                .Select((topic, index) => new SampleQuestion(
                    "Technical", $"technical-{index + 1}", $"Tell me about {topic}?",
                    $"In interview {number} I described {topic} with an example.", 60 + index))
                .ToArray();
            var (report, transcript) = StoreSamples.Interview($"Candidate {number}", questions: questions);
            ids.Add((await store.SaveAsync(report, transcript)).Id);
        }

        return ids;
    }
}

public sealed class SqliteSearchIndexTests : SearchIndexContractTests
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}

[RequiresPostgres]
public sealed class PostgresSearchIndexTests : SearchIndexContractTests
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend();
}
