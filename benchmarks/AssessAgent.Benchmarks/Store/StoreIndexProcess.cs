using System.Diagnostics;
using AssessAgent.Benchmarks.Support;
using AssessAgent.Embeddings;
using AssessAgent.Store.Search;
using AssessAgent.Store.Sql;

namespace AssessAgent.Benchmarks.Store;

/// <summary>
/// What the benchmarks cannot show about the in-memory index of a generated archive: how long the first search
/// takes to load it, the memory it holds, how many of the exact ranking's matches the sign-bit pass keeps, and
/// what one similarity search cost when every vector was read from the database, as before the index.
/// </summary>
public static class StoreIndexProcess
{
    public static async Task<int> RunAsync(string backend, int size)
    {
        using var embeddings = new MiniLmEmbeddingGenerator();
        await embeddings.GenerateAsync(StoreSearchBenchmarks.Queries);
        var store = await ArchiveDatabase.OpenAsync(backend, size, embeddings);
        Console.WriteLine($"archive: {backend}, {size:N0} interviews, load {LoadAverage.OneMinute()}");

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        await store.SearchAsync(new SearchRequest(StoreSearchBenchmarks.Queries[0], Mode: SearchMode.Meaning));
        var loadTime = clock.Elapsed;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var index = store.LoadedVectorIndex!;
        Console.WriteLine($"first search (index load): {loadTime.TotalSeconds:N1} s; vectors {index.VectorCount:N0}, "
            + $"pages {index.Bytes / 1048576.0:N0} MB, managed heap +{(heapAfter - heapBefore) / 1048576.0:N0} MB, "
            + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");

        await TimeIndexAloneAsync(embeddings, index);
        await CompareWithExactScanAsync(backend, size, embeddings, store);
        if (backend == "sqlite")
        {
            await TimeDatabaseScanAsync(store);
        }

        (store as IAsyncDisposable)?.DisposeAsync().AsTask().Wait();
        return 0;
    }

    /// <summary>The index's own share of a search: finding the candidates, without the database.</summary>
    private static async Task TimeIndexAloneAsync(MiniLmEmbeddingGenerator embeddings, VectorIndex index)
    {
        var vectors = await embeddings.GenerateAsync(StoreSearchBenchmarks.Queries);
        var times = new List<double>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var round = 0; round < 5; round++)
        {
            foreach (var vector in vectors)
            {
                var clock = Stopwatch.StartNew();
                index.FindCandidates(vector.Vector.Span, null, 100, 0.3);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / times.Count;
        times.Sort();
        Console.WriteLine($"index alone (candidates of one query): median {times[times.Count / 2]:N1} ms, "
            + $"fastest {times[0]:N1} ms, CPU {cpu:N1} ms (load {LoadAverage.OneMinute()})");
    }

    /// <summary>Recall of the sign-bit pass: the default index against one that scores every vector.</summary>
    private static async Task CompareWithExactScanAsync(
        string backend,
        int size,
        MiniLmEmbeddingGenerator embeddings,
        SqlAssessmentStore store)
    {
        var exact = await ArchiveDatabase.OpenAsync(backend, size, embeddings);
        exact.VectorIndexOptions = new VectorIndexOptions(int.MaxValue, 0);
        await exact.SearchAsync(new SearchRequest("load the index", Mode: SearchMode.Meaning));

        double kept10 = 0, kept50 = 0, total50 = 0;
        var fast = new List<double>();
        var full = new List<double>();
        foreach (var query in StoreSearchBenchmarks.Queries)
        {
            var request = new SearchRequest(query, Limit: 50, Mode: SearchMode.Meaning);
            var clock = Stopwatch.StartNew();
            var approximate = await store.SearchAsync(request);
            fast.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var expected = await exact.SearchAsync(request);
            full.Add(clock.Elapsed.TotalMilliseconds);

            var found = approximate.Select(hit => (hit.AssessmentId, hit.QuestionId)).ToHashSet();
            kept10 += expected.Take(10).Count(hit => found.Contains((hit.AssessmentId, hit.QuestionId)));
            kept50 += expected.Count(hit => found.Contains((hit.AssessmentId, hit.QuestionId)));
            total50 += expected.Count;
        }

        var queries = StoreSearchBenchmarks.Queries.Length;
        Console.WriteLine("recall of the default index against scoring every vector: "
            + $"@10 {kept10 / (10.0 * queries):P1}, @50 {kept50 / total50:P1}; "
            + $"meaning search {fast.Average():N1} ms against {full.Average():N1} ms "
            + $"(one timing per query, load {LoadAverage.OneMinute()})");
        (exact as IAsyncDisposable)?.DisposeAsync().AsTask().Wait();
    }

    /// <summary>One similarity ranking as the store made it before the index: every vector read and compared.</summary>
    private static async Task TimeDatabaseScanAsync(SqlAssessmentStore store)
    {
        var query = (await new MiniLmEmbeddingGenerator().GenerateAsync([StoreSearchBenchmarks.Queries[0]]))[0]
            .Vector.ToArray();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.DatabaseName}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT e.assessment_id, e.question_id, e.vector FROM embeddings e "
            + "JOIN assessments a ON a.id = e.assessment_id WHERE e.model = @model";
        command.Parameters.AddWithValue("@model", MiniLmEmbeddingGenerator.ModelName);

        var clock = Stopwatch.StartNew();
        var best = new Dictionary<(string, string), double>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var vector = QuestionEmbedder.FromBytes((byte[])reader.GetValue(2));
                var key = (reader.GetString(0), reader.GetString(1));
                best[key] = Math.Max(best.GetValueOrDefault(key, -1), CosineSimilarity.Of(query, vector));
            }
        }

        var top = best.Where(pair => pair.Value >= 0.3).OrderByDescending(pair => pair.Value).Take(50).Count();
        Console.WriteLine("reading and comparing every vector, as before the index: "
            + $"{clock.Elapsed.TotalMilliseconds:N0} ms ({best.Count:N0} questions, {top} kept, "
            + $"load {LoadAverage.OneMinute()})");
    }
}
