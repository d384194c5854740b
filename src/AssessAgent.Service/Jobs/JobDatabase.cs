using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace AssessAgent.Service.Jobs;

/// <summary>
/// The database the jobs live in, chosen from the same <c>Store</c> settings as the assessment store
/// (<c>Store:Provider</c>, <c>Store:ConnectionString</c>, <c>Store:DataFolder</c>), so one database holds both.
/// </summary>
public sealed class JobDatabase : IAsyncDisposable
{
    private readonly Func<DbConnection> _connect;
    private readonly NpgsqlDataSource? _dataSource;

    private JobDatabase(bool isPostgres, string description, Func<DbConnection> connect, NpgsqlDataSource? dataSource)
    {
        IsPostgres = isPostgres;
        Description = description;
        _connect = connect;
        _dataSource = dataSource;
    }

    /// <summary>Whether the database is PostgreSQL rather than SQLite.</summary>
    public bool IsPostgres { get; }

    /// <summary>The database as a person knows it: the SQLite file or the PostgreSQL host.</summary>
    public string Description { get; }

    /// <summary>Reads the <c>Store</c> section.</summary>
    /// <exception cref="InvalidOperationException">The provider is unknown or PostgreSQL has no connection.</exception>
    public static JobDatabase FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Store");
        var provider = section["Provider"]?.Trim().ToLowerInvariant();
        var connectionString = section["ConnectionString"];
        var namesHost = connectionString?.Contains("Host=", StringComparison.OrdinalIgnoreCase) ?? false;

        var isPostgres = provider switch
        {
            null or "" => namesHost,
            "sqlite" => false,
            "postgres" or "postgresql" or "npgsql" => true,
            _ => throw new InvalidOperationException(
                $"Store:Provider '{provider}' is not known; use 'sqlite' or 'postgres'."),
        };

        return isPostgres ? ForPostgres(connectionString) : ForSqlite(connectionString, section["DataFolder"]);
    }

    /// <summary>Opens a connection.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _connect();
        await connection.OpenAsync(cancellationToken);

        return connection;
    }

    /// <summary>Closes PostgreSQL's pooled connections; SQLite's pool is shared by the process.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    private static JobDatabase ForPostgres(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Store:Provider is postgres but Store:ConnectionString is empty; set it to the database's " +
                "connection string.");
        }

        var dataSource = NpgsqlDataSource.Create(connectionString);
        var host = new NpgsqlConnectionStringBuilder(connectionString).Host ?? "PostgreSQL";

        return new JobDatabase(true, $"PostgreSQL on {host}", () => dataSource.CreateConnection(), dataSource);
    }

    private static JobDatabase ForSqlite(string? connectionString, string? dataFolder)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = string.IsNullOrWhiteSpace(dataFolder)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "assessagent")
                : Path.GetFullPath(dataFolder);
            Directory.CreateDirectory(folder);
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(folder, "assessagent.db"),
                DefaultTimeout = 30,
                Pooling = true,
            }.ToString();
        }

        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;

        return new JobDatabase(false, file, () => new SqliteConnection(connectionString), null);
    }
}
