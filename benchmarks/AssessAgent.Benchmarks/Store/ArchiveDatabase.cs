using System.Diagnostics;
using AssessAgent.Store.Postgres;
using AssessAgent.Store.Sql;
using AssessAgent.Store.Sqlite;
using Microsoft.Extensions.AI;
using Npgsql;

namespace AssessAgent.Benchmarks.Store;

/// <summary>
/// A store holding a generated archive of a given size, populated once and kept between runs: SQLite files under
/// the temp folder, PostgreSQL schemas in the test database, both named by size and generator version. Saving goes
/// through the store's own <c>SaveAsync</c>, so the rows are exactly those a real archive would have.
/// </summary>
public static class ArchiveDatabase
{
    /// <summary>The environment variable naming the PostgreSQL test database, as the tests read it.</summary>
    public const string PostgresVariable = "ASSESSAGENT_TEST_POSTGRES";

    private const string CompleteMarker = "populated";

    /// <summary>The folder of the cached databases and of the real vectors they are generated from.</summary>
    public static string CacheFolder { get; } = Path.Combine(Path.GetTempPath(), "assessagent-bench");

    /// <summary>The PostgreSQL connection string of the tests, when set.</summary>
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// A store on the archive of <paramref name="size"/> interviews, populating it first when needed.
    /// </summary>
    public static async Task<SqlAssessmentStore> OpenAsync(
        string backend,
        int size,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings)
    {
        var populated = backend == "postgres" ? await IsPopulatedPostgresAsync(size) : File.Exists(MarkerFile(size));
        if (!populated)
        {
            await PopulateAsync(backend, size);
        }

        return Create(backend, size, embeddings);
    }

    private static SqlAssessmentStore Create(
        string backend,
        int size,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings) =>
        backend == "postgres"
            ? new PostgresAssessmentStore(SchemaConnectionString(size), embeddings)
            : SqliteAssessmentStore.ForFile(SqliteFile(size), TimeSpan.FromSeconds(30), embeddings);

    private static async Task PopulateAsync(string backend, int size)
    {
        if (backend == "postgres")
        {
            await RecreateSchemaAsync(size);
        }
        else if (Directory.Exists(SqliteFolder(size)))
        {
            Directory.Delete(SqliteFolder(size), recursive: true);
        }

        var pool = RealEmbeddingPool.Load(Path.Combine(CacheFolder, $"real-vectors-g{GeneratedArchive.Version}.bin"));
        var archive = new GeneratedArchive(pool);
        var embeddings = new PregeneratedEmbeddings();
        var store = Create(backend, size, embeddings);
        Console.WriteLine(
            $"// Populating {backend} with {size:N0} generated interviews from {pool.VectorCount} real vectors");

        var clock = Stopwatch.StartNew();
        for (var number = 0; number < size; number++)
        {
            var interview = archive.Compose(number);
            embeddings.Current = interview.Vectors;
            await store.SaveAsync(interview.Report, interview.Transcript);
            if ((number + 1) % 5000 == 0)
            {
                Console.WriteLine($"// {number + 1:N0} saved in {clock.Elapsed.TotalSeconds:N0} s");
            }
        }

        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        if (backend == "postgres")
        {
            await ExecutePostgresAsync($"CREATE TABLE {SchemaName(size)}.{CompleteMarker} (done boolean)");
        }
        else
        {
            await File.WriteAllTextAsync(MarkerFile(size), $"{size} interviews in {clock.Elapsed}\n");
        }

        Console.WriteLine($"// Populated {size:N0} interviews in {clock.Elapsed.TotalSeconds:N0} s");
    }

    private static string SqliteFolder(int size) =>
        Path.Combine(CacheFolder, $"store-g{GeneratedArchive.Version}-{size}");

    private static string SqliteFile(int size) => Path.Combine(SqliteFolder(size), "assessagent.db");

    private static string MarkerFile(int size) => Path.Combine(SqliteFolder(size), CompleteMarker);

    private static string SchemaName(int size) => $"bench_g{GeneratedArchive.Version}_{size}";

    private static string SchemaConnectionString(int size) =>
        new NpgsqlConnectionStringBuilder(RequirePostgres()) { SearchPath = SchemaName(size) }.ToString();

    private static string RequirePostgres() => PostgresConnectionString
        ?? throw new InvalidOperationException($"Set {PostgresVariable} to benchmark PostgreSQL.");

    private static async Task<bool> IsPopulatedPostgresAsync(int size)
    {
        await using var connection = new NpgsqlConnection(RequirePostgres());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        command.Parameters.AddWithValue("table", $"{SchemaName(size)}.{CompleteMarker}");

        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static async Task RecreateSchemaAsync(int size)
    {
        await ExecutePostgresAsync($"DROP SCHEMA IF EXISTS {SchemaName(size)} CASCADE");
        await ExecutePostgresAsync($"CREATE SCHEMA {SchemaName(size)}");
    }

    private static async Task ExecutePostgresAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(RequirePostgres());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
