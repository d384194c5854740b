using System.Data.Common;
using AssessAgent.Assessment;
using AssessAgent.Store.Search;
using AssessAgent.Transcripts;

namespace AssessAgent.Store.Sql;

public abstract partial class SqlAssessmentStore
{
    private const string InsertAssessmentSql = """
        INSERT INTO assessments (
            id, dedupe_key, content_hash, candidate, position, interview_date, assessment_day, recommendation,
            confidence, mean_score, question_count, assessor, model, prompt_version, generated_at, stored_at,
            report_json)
        VALUES (
            @id, @dedupe_key, @content_hash, @candidate, @position, @interview_date, @assessment_day, @recommendation,
            @confidence, @mean_score, @question_count, @assessor, @model, @prompt_version, @generated_at, @stored_at,
            @report_json)
        ON CONFLICT (dedupe_key) DO NOTHING
        """;

    private const string InsertQuestionSql = """
        INSERT INTO questions (
            assessment_id, question_id, ordinal, section, section_kind, question, answer, feedback, score,
            relevance, asked_at_ms, answered_until_ms)
        VALUES (
            @assessment_id, @question_id, @ordinal, @section, @section_kind, @question, @answer, @feedback, @score,
            @relevance, @asked_at_ms, @answered_until_ms)
        """;

    /// <summary>Adds the question rows' entries to the full-text index, where the backend keeps one apart.</summary>
    private protected abstract Task InsertSearchEntriesAsync(
        DbConnection connection,
        DbTransaction transaction,
        string assessmentId,
        IReadOnlyList<QuestionRecordView> questions,
        CancellationToken cancellationToken);

    /// <summary>Removes an assessment's entries from the full-text index, where the backend keeps one apart.</summary>
    private protected abstract Task DeleteSearchEntriesAsync(
        DbConnection connection,
        DbTransaction transaction,
        string assessmentId,
        CancellationToken cancellationToken);

    /// <inheritdoc />
    public Task<SaveResult> SaveAsync(
        AssessmentReport report,
        Transcript? transcript,
        CancellationToken cancellationToken = default) =>
        SaveAsync(report, transcript, null, null, cancellationToken);

    /// <inheritdoc />
    public Task<SaveResult> RestoreAsync(
        AssessmentReport report,
        Transcript? transcript,
        string? id,
        DateTimeOffset? storedAt,
        CancellationToken cancellationToken = default) =>
        SaveAsync(report, transcript, id, storedAt, cancellationToken);

    private async Task<SaveResult> SaveAsync(
        AssessmentReport report,
        Transcript? transcript,
        string? keptId,
        DateTimeOffset? keptStoredAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await EnsureSchemaAsync(cancellationToken);

        var record = AssessmentRecord.Create(report, transcript, keptStoredAt ?? TimeProvider.GetUtcNow());
        var existing = await FindByDedupeKeyAsync(record.DedupeKey, cancellationToken);
        if (existing is not null)
        {
            StoreLog.AlreadyStored(Logger, existing);
            return new SaveResult(existing, AlreadyStored: true);
        }

        if (keptId is not null && AssessmentRecord.IsId(keptId) && !await IdTakenAsync(keptId, cancellationToken))
        {
            record = record with { Id = keptId };
        }

        // Embedding takes the longest, so it happens before the write lock is taken; a failure leaves the
        // vectors to the next search, which embeds whatever is missing.
        var vectors = await EmbedQuestionsAsync(record, cancellationToken);

        using var writeTurn = await EnterWriteAsync(cancellationToken);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteTransactionAsync(connection, cancellationToken);

        if (record.Id == keptId && await IdTakenAsync(connection, transaction, keptId, cancellationToken))
        {
            // Another writer took the id since it was looked at; the vectors were keyed by it, so the next search
            // embeds this assessment's questions instead.
            record = record with { Id = AssessmentRecord.NewId() };
            vectors = null;
        }

        var inserted = await InsertAssessmentAsync(connection, transaction, record, cancellationToken);
        if (!inserted)
        {
            // Another writer saved the same interview between the check above and this transaction.
            await transaction.RollbackAsync(cancellationToken);
            var winner = await FindByDedupeKeyAsync(record.DedupeKey, cancellationToken)
                ?? throw new InvalidOperationException("A conflicting save left no row behind.");

            return new SaveResult(winner, AlreadyStored: true);
        }

        await InsertChildrenAsync(connection, transaction, record, vectors, cancellationToken);
        await LogVectorChangesAsync(connection, transaction, [record.Id], cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        StoreLog.Saved(Logger, record.Id, record.Questions.Count, vectors?.Model);
        return new SaveResult(record.Id, AlreadyStored: false);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await EnsureSchemaAsync(cancellationToken);

        using var writeTurn = await EnterWriteAsync(cancellationToken);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteTransactionAsync(connection, cancellationToken);

        // Children first and explicitly: the full-text index has no foreign key, and SQLite enforces the
        // cascades only on connections that switched them on.
        await DeleteSearchEntriesAsync(connection, transaction, id, cancellationToken);
        foreach (var table in (string[])["embeddings", "questions", "transcripts"])
        {
            await SqlCommands.ExecuteAsync(
                connection, transaction, $"DELETE FROM {table} WHERE assessment_id = @id", cancellationToken,
                ("@id", id));
        }

        var deleted = await SqlCommands.ExecuteAsync(
            connection, transaction, "DELETE FROM assessments WHERE id = @id", cancellationToken, ("@id", id));
        if (deleted > 0)
        {
            await LogVectorChangesAsync(connection, transaction, [id], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        if (deleted > 0)
        {
            StoreLog.Deleted(Logger, id);
        }

        return deleted > 0;
    }

    private async Task<bool> IdTakenAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);

        return await IdTakenAsync(connection, null, id, cancellationToken);
    }

    private static async Task<bool> IdTakenAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string id,
        CancellationToken cancellationToken)
    {
        var count = await SqlCommands.ScalarAsync(
            connection, transaction, "SELECT COUNT(*) FROM assessments WHERE id = @id", cancellationToken,
            ("@id", id));

        return Convert.ToInt64(count, System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private async Task<string?> FindByDedupeKeyAsync(string dedupeKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var id = await SqlCommands.ScalarAsync(
            connection, null, "SELECT id FROM assessments WHERE dedupe_key = @key", cancellationToken,
            ("@key", dedupeKey));

        return id as string;
    }

    private static async Task<bool> InsertAssessmentAsync(
        DbConnection connection,
        DbTransaction transaction,
        AssessmentRecord record,
        CancellationToken cancellationToken)
    {
        var report = record.Report;
        var provenance = report.Provenance;

        var inserted = await SqlCommands.ExecuteAsync(
            connection,
            transaction,
            InsertAssessmentSql,
            cancellationToken,
            ("@id", record.Id),
            ("@dedupe_key", record.DedupeKey),
            ("@content_hash", record.ContentHash),
            ("@candidate", report.Header.Candidate),
            ("@position", report.Header.Position),
            ("@interview_date", report.Header.InterviewDate),
            ("@assessment_day", record.AssessmentDay),
            ("@recommendation", report.Recommendation.Decision.ToString()),
            ("@confidence", report.Recommendation.Confidence),
            ("@mean_score", record.MeanScore),
            ("@question_count", record.Questions.Count),
            ("@assessor", provenance.Assessor),
            ("@model", provenance.Model),
            ("@prompt_version", provenance.PromptVersion),
            ("@generated_at", provenance.GeneratedAt.ToUniversalTime()),
            ("@stored_at", record.StoredAt.ToUniversalTime()),
            ("@report_json", record.ReportJson));

        return inserted == 1;
    }

    private async Task InsertChildrenAsync(
        DbConnection connection,
        DbTransaction transaction,
        AssessmentRecord record,
        QuestionVectors? vectors,
        CancellationToken cancellationToken)
    {
        if (record.TranscriptJson is not null)
        {
            await SqlCommands.ExecuteAsync(
                connection, transaction,
                "INSERT INTO transcripts (assessment_id, transcript_json) VALUES (@id, @json)", cancellationToken,
                ("@id", record.Id), ("@json", record.TranscriptJson));
        }

        foreach (var question in record.Questions)
        {
            await InsertQuestionAsync(connection, transaction, record.Id, question, cancellationToken);
        }

        var views = record.Questions
            .Select(question => new QuestionRecordView(
                question.QuestionId, question.Question, question.Answer, question.Feedback))
            .ToList();
        await InsertSearchEntriesAsync(connection, transaction, record.Id, views, cancellationToken);

        if (vectors is not null)
        {
            await WriteEmbeddingsAsync(connection, transaction, vectors, cancellationToken);
        }
    }

    private static async Task InsertQuestionAsync(
        DbConnection connection,
        DbTransaction transaction,
        string assessmentId,
        QuestionRecord question,
        CancellationToken cancellationToken)
    {
        await SqlCommands.ExecuteAsync(
            connection,
            transaction,
            InsertQuestionSql,
            cancellationToken,
            ("@assessment_id", assessmentId),
            ("@question_id", question.QuestionId),
            ("@ordinal", question.Ordinal),
            ("@section", question.Section),
            ("@section_kind", question.SectionKind.ToString()),
            ("@question", question.Question),
            ("@answer", question.Answer),
            ("@feedback", question.Feedback),
            ("@score", question.Score),
            ("@relevance", question.Relevance.ToString()),
            ("@asked_at_ms", (long?)question.AskedAt?.TotalMilliseconds),
            ("@answered_until_ms", (long?)question.AnsweredUntil?.TotalMilliseconds));
    }
}

/// <summary>The texts of one question that go into the full-text index.</summary>
internal sealed record QuestionRecordView(string QuestionId, string Question, string? Answer, string Feedback);
