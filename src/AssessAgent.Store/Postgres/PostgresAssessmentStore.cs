using System.Data.Common;
using AssessAgent.Store.Migrations;
using AssessAgent.Store.Search;
using AssessAgent.Store.Sql;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AssessAgent.Store.Postgres;

/// <summary>
/// The store in a PostgreSQL database, for teams that run several instances against one archive. Concurrent
/// writers are the database's to order; migrations take an advisory lock so that only one instance migrates.
/// </summary>
public sealed class PostgresAssessmentStore : SqlAssessmentStore, IAsyncDisposable
{
    /// <summary>The advisory lock key that keeps instances from migrating the same database at once.</summary>
    private const long MigrationLockKey = 0x4173_7365_7373_4167;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresAssessmentStore(
        string connectionString,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null,
        ILogger<PostgresAssessmentStore>? logger = null,
        TimeProvider? timeProvider = null)
        : base(embeddingGenerator, logger ?? NullLogger<PostgresAssessmentStore>.Instance,
            timeProvider ?? TimeProvider.System)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new AssessmentStoreException(
                $"Store:ConnectionString is not a PostgreSQL connection string: {exception.Message}", exception);
        }

        DatabaseName = $"{builder.Database ?? builder.Username} on {builder.Host}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <inheritdoc />
    public override string DatabaseName { get; }

    internal override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    internal override string VersionTableSql => PostgresMigrations.VersionTable;

    internal override string VersionTableExistsSql =>
        "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE 1 END";

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (NpgsqlException exception)
        {
            throw new AssessmentStoreException(
                $"Cannot open the store {DatabaseName}: {exception.Message}", exception);
        }
    }

    /// <inheritdoc />
    protected override Task<IDisposable> EnterWriteAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IDisposable>(NoTurn.Instance);

    /// <inheritdoc />
    protected override async Task<DbTransaction> BeginWriteTransactionAsync(
        DbConnection connection,
        CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    /// <inheritdoc />
    protected override async Task LockForMigrationAsync(
        DbConnection connection,
        DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        await SqlCommands.ExecuteAsync(
            connection, transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken,
            ("@key", MigrationLockKey));
    }

    /// <inheritdoc />
    protected override async Task LockChangeLogAsync(
        DbConnection connection,
        DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        // Sequence numbers are taken in the order statements run, not the order transactions commit; holding the
        // log's lock until commit makes the two agree, so an index that has read up to one number has missed none
        // below it. The lock lets readers through and is held only for the end of a save.
        await SqlCommands.ExecuteAsync(
            connection, transaction, "LOCK TABLE vector_changes IN EXCLUSIVE MODE", cancellationToken);
    }

    // The full-text index is a generated column of the questions table, so it follows inserts and deletes.
    private protected override Task InsertSearchEntriesAsync(
        DbConnection connection,
        DbTransaction transaction,
        string assessmentId,
        IReadOnlyList<QuestionRecordView> questions,
        CancellationToken cancellationToken) => Task.CompletedTask;

    private protected override Task DeleteSearchEntriesAsync(
        DbConnection connection,
        DbTransaction transaction,
        string assessmentId,
        CancellationToken cancellationToken) => Task.CompletedTask;

    private protected override async Task<List<QuestionKey>> RankByKeywordsAsync(
        DbConnection connection,
        IReadOnlyList<string> terms,
        AssessmentFilter? filter,
        int limit,
        CancellationToken cancellationToken)
    {
        // Any term may match ('|'); the terms hold letters and digits only, so nothing in them is query syntax.
        var query = string.Join(" | ", terms);
        var (filterSql, parameters) = FilterSql.Build(filter);

        return await SqlCommands.QueryAsync(
            connection,
            null,
            $"""
            SELECT q.assessment_id, q.question_id
            FROM questions q JOIN assessments a ON a.id = q.assessment_id
            WHERE q.search_vector @@ to_tsquery('english', @query){filterSql}
            ORDER BY ts_rank(q.search_vector, to_tsquery('english', @query)) DESC, q.assessment_id, q.ordinal
            LIMIT @limit
            """,
            reader => new QuestionKey(reader.GetString(0), reader.GetString(1)),
            cancellationToken,
            [.. parameters, ("@query", query), ("@limit", limit)]);
    }

    private sealed class NoTurn : IDisposable
    {
        public static NoTurn Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}
