namespace AssessAgent.Tests.Store;

public sealed class SqliteAssessmentStoreTests : AssessmentStoreContractTests
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}

/// <summary>What only the SQLite store does: its keyword window over the newest matches, its filter index.</summary>
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

    public static TheoryData<string> Filters => ["every column", "candidate alone", "dates alone"];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filter_IsAnsweredFromTheCoveringIndexWithoutReadingReports(string filterName)
    {
        var store = _backend.CreateStore();
        var (report, transcript) = StoreSamples.Interview("Ada Okafor", questions:
        [
            new("Technical", "technical-1", "How do you shard a database?", "By tenant, with a lookup table.", 70),
        ]);
        await store.SaveAsync(report, transcript);
        var filter = filterName switch
        {
            "every column" => new AssessAgent.Store.AssessmentFilter
            {
                Candidate = "okafor",
                Position = "backend",
                From = new DateOnly(2026, 1, 1),
                To = new DateOnly(2026, 12, 31),
                Recommendation = AssessAgent.Assessment.HiringDecision.Hire,
            },
            "candidate alone" => new AssessAgent.Store.AssessmentFilter { Candidate = "okafor" },
            _ => new AssessAgent.Store.AssessmentFilter { From = new DateOnly(2026, 1, 1) },
        };
        var (filterSql, parameters) = AssessAgent.Store.Sql.FilterSql.Build(filter);

        var plan = await ExplainAsync($"SELECT a.id FROM assessments a WHERE 1 = 1{filterSql}", parameters);

        var step = Assert.Single(plan);
        Assert.Contains("USING COVERING INDEX ix_assessments_filter", step);
    }

    private async Task<List<string>> ExplainAsync(string sql, List<(string Name, object? Value)> parameters)
    {
        await using var connection = await _backend.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN {sql}";
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    public async ValueTask DisposeAsync() => await _backend.DisposeAsync();
}
