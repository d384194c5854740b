using AssessAgent.Embeddings;

namespace AssessAgent.Tests.Store;

/// <summary>Search with the real offline embedder, the one <c>AddOfflineAssessment</c> registers.</summary>
public sealed class MiniLmSearchTests : IAsyncLifetime
{
    private readonly SqliteStoreBackend _backend = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task Search_QuestionSharingNoWordWithTheAnswer_FindsItByMeaningAndRecordsTheModel()
    {
        var store = _backend.CreateStore(new MiniLmEmbeddingGenerator());
        var (report, transcript) = StoreSamples.Interview();
        await store.SaveAsync(report, transcript);

        var hits = await store.SearchAsync(new("reclaiming unused memory"));

        Assert.Equal("technical-2", hits[0].QuestionId);
        Assert.Null(hits[0].Rank.KeywordRank);
        Assert.Equal(1, hits[0].Rank.SemanticRank);
        Assert.Equal(MiniLmEmbeddingGenerator.ModelName, store.EmbeddingModel);
        Assert.Equal(0, await _backend.CountAsync(
            "SELECT COUNT(*) FROM embeddings WHERE model <> @model", ("@model", MiniLmEmbeddingGenerator.ModelName)));
    }
}
