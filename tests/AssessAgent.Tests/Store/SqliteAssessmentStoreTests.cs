namespace AssessAgent.Tests.Store;

public sealed class SqliteAssessmentStoreTests : AssessmentStoreContractTests
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}

/// <summary>What only the SQLite store does: its keyword window over the newest matches.</summary>
public sealed class SqliteKeywordWindowTests : IAsyncDisposable
{
    private readonly SqliteStoreBackend _backend = new();

    [Fact]
    public async Task Search_UnfilteredKeywords_RankOnlyTheNewestMatchesOfTheWindowWhileAFilterReachesOlderOnes()
    {
        var store = (AssessAgent.Store.Sqlite.SqliteAssessmentStore)_backend.CreateStore();
        store.KeywordWindow = 2;
        var ids = new List<string>();
        foreach (var candidate in (string[])["Oldest Match", "Middle Match", "Newest Match"])
        {
            var (report, transcript) = StoreSamples.Interview(candidate, questions:
            [
                new("Technical", "technical-1", "How do you shard a database?", "By tenant, with a lookup table.", 70),
            ]);
            ids.Add((await store.SaveAsync(report, transcript)).Id);
        }

        var unfiltered = await store.SearchAsync(new("shard tenant"));
        var filtered = await store.SearchAsync(new("shard tenant", new AssessAgent.Store.AssessmentFilter
        {
            Candidate = "oldest",
        }));

        Assert.Equal(ids.Skip(1).Order(), unfiltered.Select(hit => hit.AssessmentId).Order());
        Assert.Equal([ids[0]], filtered.Select(hit => hit.AssessmentId));
    }

    public async ValueTask DisposeAsync() => await _backend.DisposeAsync();
}
