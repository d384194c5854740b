using AssessAgent.Tests.Store;
using Npgsql;

namespace AssessAgent.Tests.Service;

/// <summary>
/// A schema of its own in the test database named by <c>ASSESSAGENT_TEST_POSTGRES</c>, dropped when the test
/// ends.
/// </summary>
internal sealed class PostgresServiceDatabase : ServiceDatabase
{
    private readonly string _schema = $"service_{Guid.NewGuid():N}";

    private PostgresServiceDatabase()
    {
    }

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Store:Provider"] = "postgres",
        ["Store:ConnectionString"] = new NpgsqlConnectionStringBuilder(PostgresStoreBackend.ConnectionString)
        {
            SearchPath = _schema,
        }.ToString(),
        ["Store:DataFolder"] = DataFolder,
    };

    public static async Task<PostgresServiceDatabase> CreateAsync()
    {
        var database = new PostgresServiceDatabase();
        await ExecuteAsync($"CREATE SCHEMA {database._schema}");

        return database;
    }

    public override async ValueTask DisposeAsync()
    {
        await ExecuteAsync($"DROP SCHEMA {_schema} CASCADE");
        await base.DisposeAsync();
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresStoreBackend.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
