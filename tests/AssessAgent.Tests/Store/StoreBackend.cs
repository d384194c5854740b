using System.Data.Common;
using AssessAgent.Store.Sql;
using Microsoft.Extensions.AI;

namespace AssessAgent.Tests.Store;

/// <summary>A fresh, empty database of one backend for one test, removed when the test ends.</summary>
public abstract class StoreBackend : IAsyncDisposable
{
    /// <summary>A store on this test's database; several may share it, as several processes would.</summary>
    internal abstract SqlAssessmentStore CreateStore(
        IEmbeddingGenerator<string, Embedding<float>>? embeddings = null);

    /// <summary>A connection of the test's own to the database, to look at rows the store API does not show.</summary>
    internal abstract Task<DbConnection> OpenAsync();

    /// <summary>Begins a transaction that only reads, and holds its snapshot until it ends.</summary>
    internal abstract Task<DbTransaction> BeginReadAsync(DbConnection connection);

    public abstract ValueTask DisposeAsync();

    internal async Task<long> CountAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync();

        var count = await SqlCommands.ScalarAsync(connection, null, sql, CancellationToken.None, parameters);

        return Convert.ToInt64(count);
    }
}
