using System.Collections.Concurrent;
using System.Data.Common;
using AssessAgent.Store.Migrations;
using AssessAgent.Store.Search;
using AssessAgent.Store.Sql;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssessAgent.Store.Sqlite;

/// <summary>
/// The store in one SQLite file: write-ahead logging so that readers never block the writer, a busy timeout for
/// other processes' writes, and one writer at a time within this process.
/// </summary>
public sealed class SqliteAssessmentStore : SqlAssessmentStore
{
    /// <summary>One gate per database file, shared by every store instance of the process that opens it.</summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    /// <summary>
    /// How many of the newest matching questions an unfiltered keyword search ranks by BM25; tests lower it.
    /// </summary>
    internal int KeywordWindow { get; set; } = 20_000;

    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;
    private readonly SemaphoreSlim _writeGate;

    public SqliteAssessmentStore(
        string connectionString,
        TimeSpan busyTimeout,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null,
        ILogger<SqliteAssessmentStore>? logger = null,
        TimeProvider? timeProvider = null)
        : base(embeddingGenerator, logger ?? NullLogger<SqliteAssessmentStore>.Instance,
            timeProvider ?? TimeProvider.System)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        };
        _connectionString = builder.ToString();
        _busyTimeoutMilliseconds = (int)busyTimeout.TotalMilliseconds;
        DatabaseName = builder.DataSource;
        _writeGate = WriteGates.GetOrAdd(Path.GetFullPath(builder.DataSource), _ => new SemaphoreSlim(1, 1));
    }

    /// <summary>A store in the SQLite file <paramref name="file"/>, created with its folder when missing.</summary>
    public static SqliteAssessmentStore ForFile(
        string file,
        TimeSpan busyTimeout,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null,
        ILogger<SqliteAssessmentStore>? logger = null,
        TimeProvider? timeProvider = null)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();

        return new SqliteAssessmentStore(connectionString, busyTimeout, embeddingGenerator, logger, timeProvider);
    }

    /// <inheritdoc />
    public override string DatabaseName { get; }

    internal override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    internal override string VersionTableSql => SqliteMigrations.VersionTable;

    internal override string VersionTableExistsSql =>
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        CreateFolder();

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await SqlCommands.ExecuteAsync(
                connection, null, $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds}", cancellationToken);
        }
        catch (SqliteException exception)
        {
            await connection.DisposeAsync();
            throw new AssessmentStoreException(
                $"Cannot open the store {DatabaseName}: {exception.Message}", exception);
        }

        return connection;
    }

    private void CreateFolder()
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(DatabaseName));
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A data folder that is a file, or one the user may not write, is a setting to fix, not a fault.
            throw new AssessmentStoreException(
                $"Cannot open the store {DatabaseName}: cannot create its folder {folder}: {exception.Message}",
                exception);
        }
    }

    /// <inheritdoc />
    protected override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets readers go on while one writer writes; it is a property of the file and cannot be set in a
        // transaction.
        await SqlCommands.ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<IDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);

        return new GateRelease(_writeGate);
    }

    /// <inheritdoc />
    protected override Task<DbTransaction> BeginWriteTransactionAsync(
        DbConnection connection,
        CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE takes the write lock at once (waiting up to the busy timeout), so that a transaction never
        // has to upgrade a read lock, which SQLite answers with "database is locked" without waiting.
        var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);

        return Task.FromResult<DbTransaction>(transaction);
    }

    private protected override async Task InsertSearchEntriesAsync(
        DbConnection connection,
        DbTransaction transaction,
        string assessmentId,
        IReadOnlyList<QuestionRecordView> questions,
        CancellationToken cancellationToken)
    {
        foreach (var question in questions)
        {
            await SqlCommands.ExecuteAsync(
                connection,
                transaction,
                """
                INSERT INTO questions_fts (assessment_id, question_id, question, answer, feedback)
                VALUES (@assessment_id, @question_id, @question, @answer, @feedback)
                """,
                cancellationToken,
                ("@assessment_id", assessmentId),
                ("@question_id", question.QuestionId),
                ("@question", question.Question),
                ("@answer", question.Answer ?? string.Empty),
                ("@feedback", question.Feedback));
        }
    }

    private protected override async Task DeleteSearchEntriesAsync(
        DbConnection connection,
        DbTransaction transaction,
        string assessmentId,
        CancellationToken cancellationToken)
    {
        await SqlCommands.ExecuteAsync(
            connection, transaction, "DELETE FROM questions_fts WHERE assessment_id = @id", cancellationToken,
            ("@id", assessmentId));
    }

    private protected override async Task<List<QuestionKey>> RankByKeywordsAsync(
        DbConnection connection,
        IReadOnlyList<string> terms,
        AssessmentFilter? filter,
        int limit,
        CancellationToken cancellationToken)
    {
        // Any term may match; BM25 ranks documents that match more and rarer terms higher. Each term is quoted,
        // so FTS5 reads it as a plain word.
        var match = string.Join(" OR ", terms.Select(term => $"\"{term}\""));
        var (filterSql, parameters) = FilterSql.Build(filter);
        if (filterSql.Length > 0)
        {
            return await RankFilteredByKeywordsAsync(
                connection, match, filterSql, parameters, limit, cancellationToken);
        }

        // Without a filter no join is needed, and BM25 is computed for the matches among the newest
        // KeywordWindow only: over a million questions a common word matches hundreds of thousands, and scoring
        // every one takes seconds. The rows are read for the best few alone.
        var floor = await SqlCommands.ScalarAsync(
            connection, null,
            "SELECT rowid FROM questions_fts WHERE questions_fts MATCH @match "
            + "ORDER BY rowid DESC LIMIT 1 OFFSET @window",
            cancellationToken, ("@match", match), ("@window", KeywordWindow));

        return await SqlCommands.QueryAsync(
            connection,
            null,
            """
            WITH ranked AS (
                SELECT rowid AS id, bm25(questions_fts, 0, 0, 2.0, 1.0, 0.5) AS score
                FROM questions_fts
                WHERE questions_fts MATCH @match AND rowid > @floor
                ORDER BY score
                LIMIT @limit)
            SELECT f.assessment_id, f.question_id
            FROM ranked JOIN questions_fts f ON f.rowid = ranked.id
            ORDER BY ranked.score
            """,
            reader => new QuestionKey(reader.GetString(0), reader.GetString(1)),
            cancellationToken,
            ("@match", match), ("@floor", floor is null or DBNull ? 0L : Convert.ToInt64(floor)), ("@limit", limit));
    }

    // The filter is answered once, from the index that covers its columns, and each match is tested against that
    // set; BM25 is computed only for the matches it lets through, never for the whole archive's.
    private static async Task<List<QuestionKey>> RankFilteredByKeywordsAsync(
        DbConnection connection,
        string match,
        string filterSql,
        List<(string Name, object? Value)> parameters,
        int limit,
        CancellationToken cancellationToken) =>
        await SqlCommands.QueryAsync(
            connection,
            null,
            $"""
            SELECT assessment_id, question_id
            FROM questions_fts
            WHERE questions_fts MATCH @match
                AND assessment_id IN (SELECT a.id FROM assessments a WHERE 1 = 1{filterSql})
            ORDER BY bm25(questions_fts, 0, 0, 2.0, 1.0, 0.5)
            LIMIT @limit
            """,
            reader => new QuestionKey(reader.GetString(0), reader.GetString(1)),
            cancellationToken,
            [.. parameters, ("@match", match), ("@limit", limit)]);

    private sealed class GateRelease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
