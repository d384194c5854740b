using System.Data.Common;
using System.Globalization;

namespace AssessAgent.Service.Jobs;

/// <summary>
/// The jobs table <c>service_jobs</c> on SQLite or PostgreSQL. Times are stored as ISO 8601 text in UTC, which
/// sorts and compares the same on both.
/// </summary>
public sealed class SqlJobStore(JobDatabase database, TimeProvider time) : IJobStore
{
    private const string Columns =
        "id, status, source_name, transcript, attempts, error, report_json, assessment_id, candidate, decision, " +
        "created_at, updated_at";

    /// <summary>The advisory lock that keeps two PostgreSQL services from creating the table at once.</summary>
    private const long CreateLockKey = 0x4173_7365_7373_4a6f;

    private static readonly string[] CreateStatements =
    [
        """
        CREATE TABLE IF NOT EXISTS service_jobs (
            id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            source_name TEXT NOT NULL,
            transcript TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            report_json TEXT,
            assessment_id TEXT,
            candidate TEXT,
            decision TEXT,
            available_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS service_jobs_queue ON service_jobs (status, available_at, created_at)",
        "CREATE INDEX IF NOT EXISTS service_jobs_created ON service_jobs (created_at)",
    ];

    /// <inheritdoc/>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database.IsPostgres)
        {
            await CreatePostgresTableAsync(connection, cancellationToken);
            return;
        }

        // Readers then never wait for the worker's writes.
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL", cancellationToken);
        foreach (var statement in CreateStatements)
        {
            await ExecuteAsync(connection, statement, cancellationToken);
        }

        await AddSqliteAssessmentIdAsync(connection, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<AssessmentJob> EnqueueAsync(
        string sourceName,
        string transcript,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var job = new AssessmentJob(Guid.NewGuid().ToString("N"), JobStatus.Queued, sourceName, transcript, 0,
            null, null, null, null, null, now, now);

        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection,
            "INSERT INTO service_jobs (id, status, source_name, transcript, attempts, available_at, created_at, " +
            "updated_at) VALUES (@id, @status, @source, @transcript, 0, @now, @now, @now)",
            cancellationToken,
            ("@id", job.Id), ("@status", Name(JobStatus.Queued)), ("@source", sourceName),
            ("@transcript", transcript), ("@now", Stamp(now)));

        return job;
    }

    /// <inheritdoc/>
    public async Task<int> RequeueInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        return await ExecuteAsync(connection,
            "UPDATE service_jobs SET status = @queued, updated_at = @now WHERE status = @running",
            cancellationToken,
            ("@queued", Name(JobStatus.Queued)), ("@running", Name(JobStatus.Running)),
            ("@now", Stamp(time.GetUtcNow())));
    }

    /// <inheritdoc/>
    public async Task<AssessmentJob?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        // The status test in the outer WHERE makes the claim atomic on SQLite, whose writes are serialized;
        // PostgreSQL skips rows another transaction is claiming.
        var lockClause = database.IsPostgres ? " FOR UPDATE SKIP LOCKED" : string.Empty;
        var sql =
            "UPDATE service_jobs SET status = @running, attempts = attempts + 1, updated_at = @now " +
            "WHERE status = @queued AND id = (SELECT id FROM service_jobs WHERE status = @queued " +
            $"AND available_at <= @now ORDER BY created_at, id LIMIT 1{lockClause}) RETURNING {Columns}";

        await using var connection = await database.OpenAsync(cancellationToken);
        var jobs = await QueryAsync(connection, sql, cancellationToken,
            ("@running", Name(JobStatus.Running)), ("@queued", Name(JobStatus.Queued)),
            ("@now", Stamp(time.GetUtcNow())));

        return jobs.Count == 0 ? null : jobs[0];
    }

    /// <inheritdoc/>
    public async Task KeepReportAsync(string id, string reportJson, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection,
            "UPDATE service_jobs SET report_json = @report, updated_at = @now WHERE id = @id",
            cancellationToken,
            ("@report", reportJson), ("@now", Stamp(time.GetUtcNow())), ("@id", id));
    }

    /// <inheritdoc/>
    public async Task CompleteAsync(
        string id,
        string assessmentId,
        string? candidate,
        string decision,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection,
            "UPDATE service_jobs SET status = @status, assessment_id = @assessment, report_json = NULL, " +
            "transcript = '', candidate = @candidate, decision = @decision, error = NULL, updated_at = @now " +
            "WHERE id = @id",
            cancellationToken,
            ("@status", Name(JobStatus.Succeeded)), ("@assessment", assessmentId), ("@candidate", candidate),
            ("@decision", decision), ("@now", Stamp(time.GetUtcNow())), ("@id", id));
    }

    /// <inheritdoc/>
    public async Task FailAsync(string id, string reason, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var status = retryAfter is null ? JobStatus.Failed : JobStatus.Queued;

        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection,
            "UPDATE service_jobs SET status = @status, error = @error, available_at = @available, " +
            "updated_at = @now WHERE id = @id",
            cancellationToken,
            ("@status", Name(status)), ("@error", reason), ("@available", Stamp(now + (retryAfter ?? TimeSpan.Zero))),
            ("@now", Stamp(now)), ("@id", id));
    }

    /// <inheritdoc/>
    public async Task<AssessmentJob?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var jobs = await QueryAsync(connection, $"SELECT {Columns} FROM service_jobs WHERE id = @id",
            cancellationToken, ("@id", id));

        return jobs.Count == 0 ? null : jobs[0];
    }

    /// <inheritdoc/>
    public async Task<JobPage> ListAsync(JobQuery query, CancellationToken cancellationToken)
    {
        var (where, parameters) = Filter(query);

        await using var connection = await database.OpenAsync(cancellationToken);
        var total = await ScalarAsync(connection, $"SELECT COUNT(*) FROM service_jobs{where}", cancellationToken,
            parameters);
        var page = await QueryAsync(connection,
            $"SELECT {Columns} FROM service_jobs{where} ORDER BY created_at DESC, id DESC LIMIT @limit OFFSET @offset",
            cancellationToken,
            [.. parameters, ("@limit", query.PageSize), ("@offset", (query.Page - 1) * query.PageSize)]);

        return new JobPage(page, Convert.ToInt32(total, CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await ScalarAsync(connection, "SELECT COUNT(*) FROM service_jobs", cancellationToken);

            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    // One transaction under an advisory lock: PostgreSQL's CREATE ... IF NOT EXISTS is not safe against a second
    // process running it at the same moment.
    private static async Task CreatePostgresTableAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken,
            ("@key", CreateLockKey));
        foreach (var statement in CreateStatements)
        {
            await ExecuteAsync(connection, transaction, statement, cancellationToken);
        }

        // Tables made before the service saved its reports to the assessment store lack the column.
        await ExecuteAsync(connection, transaction,
            "ALTER TABLE service_jobs ADD COLUMN IF NOT EXISTS assessment_id TEXT", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // SQLite has no ADD COLUMN IF NOT EXISTS; the check and the change race only with another process starting
    // on the same file, whose duplicate column error means the same as success.
    private static async Task AddSqliteAssessmentIdAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var present = await ScalarAsync(connection,
            "SELECT COUNT(*) FROM pragma_table_info('service_jobs') WHERE name = 'assessment_id'", cancellationToken);
        if (Convert.ToInt32(present, CultureInfo.InvariantCulture) > 0)
        {
            return;
        }

        try
        {
            await ExecuteAsync(connection, "ALTER TABLE service_jobs ADD COLUMN assessment_id TEXT", cancellationToken);
        }
        catch (DbException exception) when (exception.Message.Contains("duplicate column", StringComparison.Ordinal))
        {
            // Another process added it first.
        }
    }

    private static (string Where, (string, object?)[] Parameters) Filter(JobQuery query)
    {
        var conditions = new List<string>();
        var parameters = new List<(string, object?)>();

        if (query.Status is { } status)
        {
            conditions.Add("status = @status");
            parameters.Add(("@status", Name(status)));
        }

        if (!string.IsNullOrWhiteSpace(query.Decision))
        {
            conditions.Add("decision = @decision");
            parameters.Add(("@decision", query.Decision));
        }

        if (!string.IsNullOrWhiteSpace(query.Candidate))
        {
            conditions.Add("LOWER(candidate) LIKE @candidate");
            parameters.Add(("@candidate", $"%{query.Candidate.ToLowerInvariant()}%"));
        }

        var where = conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);

        return (where, [.. parameters]);
    }

    private static string Name(JobStatus status) => status.ToString().ToLowerInvariant();

    private static string Stamp(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseStamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DbCommand Command(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static Task<int> ExecuteAsync(
        DbConnection connection,
        string sql,
        CancellationToken cancellationToken,
        params (string, object?)[] parameters) =>
        ExecuteAsync(connection, null, sql, cancellationToken, parameters);

    private static async Task<int> ExecuteAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string, object?)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(
        DbConnection connection,
        string sql,
        CancellationToken cancellationToken,
        params (string, object?)[] parameters)
    {
        await using var command = Command(connection, null, sql, parameters);

        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task<List<AssessmentJob>> QueryAsync(
        DbConnection connection,
        string sql,
        CancellationToken cancellationToken,
        params (string, object?)[] parameters)
    {
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var jobs = new List<AssessmentJob>();
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(Read(reader));
        }

        return jobs;
    }

    private static AssessmentJob Read(DbDataReader reader) => new(
        reader.GetString(0),
        Enum.Parse<JobStatus>(reader.GetString(1), ignoreCase: true),
        reader.GetString(2),
        reader.GetString(3),
        Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        ParseStamp(reader.GetString(10)),
        ParseStamp(reader.GetString(11)));
}
