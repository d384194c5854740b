using AssessAgent.Benchmarks.Support;
using AssessAgent.Embeddings;
using AssessAgent.Store;
using AssessAgent.Store.Search;
using AssessAgent.Store.Sql;
using BenchmarkDotNet.Attributes;

namespace AssessAgent.Benchmarks.Store;

/// <summary>
/// One search of a warm store over a generated archive of 1,000, 10,000 or 100,000 interviews (about ten
/// questions and thirty vectors each): keywords alone, meaning alone and both fused, over every assessment and over
/// one candidate surname's (about one in thirty). Each invocation runs every query of <see cref="Queries"/> once,
/// and the figure is the time per query. The queries' vectors are in the MiniLM generator's cache after the
/// warm-up, so the figures leave out embedding the query (see docs/PERFORMANCE.md for what that costs).
/// </summary>
[ShortInProcessJob(iterations: 8, warmups: 2)]
public class StoreSearchBenchmarks
{
    private const int QueryCount = 6;

    /// <summary>Questions as a user asks them in the chat, on the eval cases' topics.</summary>
    public static readonly string[] Queries = new string[QueryCount]
    {
        "who talked about read replicas for the database?",
        "how did candidates handle a disagreement with a designer",
        "coroutine cancellation when the user leaves the screen",
        "experience migrating to Jetpack Compose",
        "caching strategy for a slow API",
        "testing and rollback before a risky deployment",
    };

    private static readonly AssessmentFilter Surname = new() { Candidate = GeneratedArchive.FilteredLastName };

    // BenchmarkDotNet runs the global setup once per method and size; the stores (and their loaded indexes, which
    // take minutes to load at 100,000 interviews) are kept for the process instead of being loaded six times.
    private static readonly Dictionary<(string, int), SqlAssessmentStore> OpenStores = [];
    private static readonly MiniLmEmbeddingGenerator SharedEmbeddings = new();

    private SqlAssessmentStore _store = null!;

    [ParamsSource(nameof(Sizes))]
    public int Assessments { get; set; }

    [ParamsSource(nameof(Backends))]
    public string Backend { get; set; } = "sqlite";

    /// <summary>
    /// 1,000, 10,000 and 100,000, or the sizes <c>ASSESSAGENT_BENCH_STORE_SIZES</c> lists (comma-separated).
    /// </summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("ASSESSAGENT_BENCH_STORE_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(int.Parse)
            : [1_000, 10_000, 100_000];

    /// <summary>
    /// SQLite, and PostgreSQL when the tests' database is configured, unless <c>ASSESSAGENT_BENCH_STORE_BACKENDS</c>
    /// names the backends (comma-separated).
    /// </summary>
    public static IEnumerable<string> Backends =>
        Environment.GetEnvironmentVariable("ASSESSAGENT_BENCH_STORE_BACKENDS") is { Length: > 0 } backends
            ? backends.Split(',')
            : ArchiveDatabase.PostgresConnectionString is null ? ["sqlite"] : ["sqlite", "postgres"];

    [GlobalSetup]
    public void OpenWarmStore()
    {
        if (OpenStores.TryGetValue((Backend, Assessments), out var open))
        {
            _store = open;
            return;
        }

        _store = ArchiveDatabase.OpenAsync(Backend, Assessments, SharedEmbeddings).GetAwaiter().GetResult();
        OpenStores[(Backend, Assessments)] = _store;

        // The first search loads the index; the queries' vectors land in the generator's cache.
        foreach (var query in Queries)
        {
            _store.SearchAsync(new SearchRequest(query)).GetAwaiter().GetResult();
        }
    }

    [Benchmark(OperationsPerInvoke = QueryCount)]
    public Task<int> Keywords() => RunAsync(SearchMode.Keywords, null);

    [Benchmark(OperationsPerInvoke = QueryCount)]
    public Task<int> Meaning() => RunAsync(SearchMode.Meaning, null);

    [Benchmark(OperationsPerInvoke = QueryCount, Baseline = true)]
    public Task<int> Hybrid() => RunAsync(SearchMode.Hybrid, null);

    [Benchmark(OperationsPerInvoke = QueryCount)]
    public Task<int> KeywordsFiltered() => RunAsync(SearchMode.Keywords, Surname);

    [Benchmark(OperationsPerInvoke = QueryCount)]
    public Task<int> MeaningFiltered() => RunAsync(SearchMode.Meaning, Surname);

    [Benchmark(OperationsPerInvoke = QueryCount)]
    public Task<int> HybridFiltered() => RunAsync(SearchMode.Hybrid, Surname);

    private async Task<int> RunAsync(SearchMode mode, AssessmentFilter? filter)
    {
        var hits = 0;
        foreach (var query in Queries)
        {
            var found = await _store.SearchAsync(new SearchRequest(query, filter, Mode: mode)).ConfigureAwait(false);
            hits += found.Count;
        }

        return hits;
    }
}
