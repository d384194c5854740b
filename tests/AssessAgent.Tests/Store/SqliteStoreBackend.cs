using System.Data.Common;
using AssessAgent.Store.Sql;
using AssessAgent.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;

namespace AssessAgent.Tests.Store;

/// <summary>A SQLite file in a folder of its own under the temp folder.</summary>
public sealed class SqliteStoreBackend : StoreBackend
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assessagent-store-").FullName;

    public string File => Path.Combine(_folder, "data", "assessagent.db");

    internal override SqlAssessmentStore CreateStore(
        IEmbeddingGenerator<string, Embedding<float>>? embeddings = null) =>
        SqliteAssessmentStore.ForFile(File, TimeSpan.FromSeconds(30), embeddings);

    internal override async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={File}");
        await connection.OpenAsync();

        return connection;
    }

    // A deferred transaction takes no lock until it reads; BeginTransaction's default would take the write lock.
    internal override Task<DbTransaction> BeginReadAsync(DbConnection connection) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open until the pool lets go of them.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);

        return ValueTask.CompletedTask;
    }
}
