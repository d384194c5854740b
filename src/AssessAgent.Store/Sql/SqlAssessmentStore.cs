using System.Data.Common;
using AssessAgent.Store.Migrations;
using AssessAgent.Store.Search;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AssessAgent.Store.Sql;

/// <summary>
/// The store over SQL, shared by both backends: the statements common to SQLite and PostgreSQL live here, and
/// the subclasses supply connections, locking, the full-text index and the schema.
/// </summary>
public abstract partial class SqlAssessmentStore : IAssessmentStore, IAssessmentQueries
{
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly QuestionEmbedder? _embedder;
    private bool _schemaReady;

    /// <param name="embeddingGenerator">The sentence embedder for search, or <see langword="null"/> for
    /// keyword search only.</param>
    /// <param name="logger">Where the store logs; ids and counts only, never candidate text above Trace.</param>
    /// <param name="timeProvider">The clock that stamps saves.</param>
    protected SqlAssessmentStore(
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator,
        ILogger logger,
        TimeProvider timeProvider)
    {
        _embedder = embeddingGenerator is null ? null : new QuestionEmbedder(embeddingGenerator);
        Logger = logger;
        TimeProvider = timeProvider;
    }

    /// <summary>The database as a user knows it (a file path or a host and database), for messages.</summary>
    public abstract string DatabaseName { get; }

    /// <summary>The schema version this build of the store brings a database to.</summary>
    public int LatestSchemaVersion => Migrations.Count == 0 ? 0 : Migrations[^1].Version;

    protected ILogger Logger { get; }

    protected TimeProvider TimeProvider { get; }

    internal abstract IReadOnlyList<Migration> Migrations { get; }

    internal abstract string VersionTableSql { get; }

    /// <summary>A query that counts 1 when <c>schema_migrations</c> exists, 0 otherwise.</summary>
    internal abstract string VersionTableExistsSql { get; }

    /// <summary>Opens a new connection to the database, ready for statements.</summary>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Waits until this process may write; SQLite lets one writer at a time.</summary>
    protected abstract Task<IDisposable> EnterWriteAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that holds the database's write lock from its first statement.</summary>
    protected abstract Task<DbTransaction> BeginWriteTransactionAsync(
        DbConnection connection,
        CancellationToken cancellationToken);

    /// <summary>Prepares a migration transaction, for example with a lock that keeps other migrators out.</summary>
    protected virtual Task LockForMigrationAsync(
        DbConnection connection,
        DbTransaction transaction,
        CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs before the migration transaction, for settings that cannot change inside one.</summary>
    protected virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Brings the schema to <paramref name="targetVersion"/> (the latest when null). Every operation does this
    /// once on its own; tests call it to build an older schema.
    /// </summary>
    public async Task MigrateAsync(int? targetVersion = null, CancellationToken cancellationToken = default)
    {
        using var writeTurn = await EnterWriteAsync(cancellationToken);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await PrepareDatabaseAsync(connection, cancellationToken);

        await using var transaction = await BeginWriteTransactionAsync(connection, cancellationToken);
        await LockForMigrationAsync(connection, transaction, cancellationToken);

        var runner = new MigrationRunner(Migrations, Logger);
        await runner.MigrateAsync(
            connection, transaction, VersionTableSql, DatabaseName, targetVersion, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The schema version the database has now.</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        // Only reads: creating the version table here would race other instances' migrations.
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var exists = await SqlCommands.ScalarAsync(connection, null, VersionTableExistsSql, cancellationToken);

        return Convert.ToInt32(exists) == 0
            ? 0
            : await MigrationRunner.ReadVersionAsync(connection, null, cancellationToken);
    }

    /// <summary>Opens a connection to a database whose schema is known to be current.</summary>
    protected async Task<DbConnection> OpenReadyConnectionAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);

        return await OpenConnectionAsync(cancellationToken);
    }

    protected async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _schemaReady))
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            // Reading the version first keeps an up-to-date database from taking the write lock at every start.
            if (!_schemaReady)
            {
                if (await GetSchemaVersionAsync(cancellationToken) != LatestSchemaVersion)
                {
                    await MigrateAsync(null, cancellationToken);
                }

                Volatile.Write(ref _schemaReady, true);
            }
        }
        finally
        {
            _schemaGate.Release();
        }
    }
}
