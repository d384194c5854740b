using System.Data.Common;
using AssessAgent.Store.Postgres;
using AssessAgent.Store.Sql;
using Microsoft.Extensions.AI;
using Npgsql;

namespace AssessAgent.Tests.Store;

/// <summary>
/// A schema of its own in the test database named by <c>ASSESSAGENT_TEST_POSTGRES</c>, dropped when the test
/// ends; <c>scripts/start-test-postgres.sh</c> starts such a database.
/// </summary>
public sealed class PostgresStoreBackend : StoreBackend
{
    public const string EnvironmentVariable = "ASSESSAGENT_TEST_POSTGRES";

    private readonly string _schema = $"test_{Guid.NewGuid():N}";
    private readonly List<PostgresAssessmentStore> _stores = [];
    private readonly Lock _gate = new();
    private bool _schemaCreated;

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;

    private string SchemaConnectionString => new NpgsqlConnectionStringBuilder(ConnectionString)
    {
        SearchPath = _schema,
    }.ToString();

    internal override SqlAssessmentStore CreateStore(
        IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
    {
        lock (_gate)
        {
            EnsureSchema();
            var store = new PostgresAssessmentStore(SchemaConnectionString, embeddings);
            _stores.Add(store);

            return store;
        }
    }

    internal override async Task<DbConnection> OpenAsync()
    {
        lock (_gate)
        {
            EnsureSchema();
        }

        var connection = new NpgsqlConnection(SchemaConnectionString);
        await connection.OpenAsync();

        return connection;
    }

    internal override async Task<DbTransaction> BeginReadAsync(DbConnection connection) =>
        await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);

    public override async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        if (_schemaCreated)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private void EnsureSchema()
    {
        if (_schemaCreated)
        {
            return;
        }

        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
        command.ExecuteNonQuery();
        _schemaCreated = true;
    }
}
