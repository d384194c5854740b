using System.Data.Common;
using System.Runtime.CompilerServices;
using AssessAgent.Assessment;
using AssessAgent.Store.Serialization;
using AssessAgent.Transcripts;

namespace AssessAgent.Store.Sql;

public abstract partial class SqlAssessmentStore
{
    private const string StoredAssessmentColumns =
        "a.id, a.content_hash, a.stored_at, a.report_json, t.transcript_json";

    private const string SummaryColumns = """
        a.id, a.candidate, a.position, a.interview_date, a.recommendation, a.confidence, a.mean_score,
        a.question_count, a.assessor, a.model, a.generated_at, a.stored_at
        """;

    /// <inheritdoc />
    public async Task<StoredAssessment?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await OpenReadyConnectionAsync(cancellationToken);

        var rows = await SqlCommands.QueryAsync(
            connection,
            null,
            $"""
            SELECT {StoredAssessmentColumns}
            FROM assessments a LEFT JOIN transcripts t ON t.assessment_id = a.id
            WHERE a.id = @id
            """,
            ReadStoredAssessment,
            cancellationToken,
            ("@id", id.Trim()));

        return rows.SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<AssessmentPage> ListAsync(AssessmentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Take);
        await using var connection = await OpenReadyConnectionAsync(cancellationToken);

        var (filterSql, parameters) = FilterSql.Build(query.Filter);
        var total = await SqlCommands.ScalarAsync(
            connection, null, $"SELECT COUNT(*) FROM assessments a WHERE 1 = 1{filterSql}", cancellationToken,
            parameters);

        var items = await SqlCommands.QueryAsync(
            connection,
            null,
            $"""
            SELECT {SummaryColumns}
            FROM assessments a
            WHERE 1 = 1{filterSql}
            ORDER BY a.stored_at DESC, a.id
            LIMIT @take OFFSET @skip
            """,
            ReadSummary,
            cancellationToken,
            [.. parameters, ("@take", query.Take), ("@skip", query.Skip)]);

        return new AssessmentPage(items, Convert.ToInt32(total), query.Skip, query.Take);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredAssessment> ExportAsync(
        AssessmentFilter? filter = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReadyConnectionAsync(cancellationToken);
        var (filterSql, parameters) = FilterSql.Build(filter);

        await using var command = SqlCommands.Create(
            connection,
            null,
            $"""
            SELECT {StoredAssessmentColumns}
            FROM assessments a LEFT JOIN transcripts t ON t.assessment_id = a.id
            WHERE 1 = 1{filterSql}
            ORDER BY a.stored_at, a.id
            """,
            parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadStoredAssessment(reader);
        }
    }

    private static StoredAssessment ReadStoredAssessment(DbDataReader reader)
    {
        var transcriptJson = reader.NullableString(4);

        return new StoredAssessment(
            reader.GetString(0),
            reader.GetString(1),
            reader.Timestamp(2),
            StoreJson.Deserialize<AssessmentReport>(reader.GetString(3)),
            transcriptJson is null ? null : StoreJson.Deserialize<Transcript>(transcriptJson));
    }

    private static AssessmentSummary ReadSummary(DbDataReader reader) =>
        new(
            reader.GetString(0),
            reader.NullableString(1),
            reader.NullableString(2),
            reader.NullableDate(3),
            reader.Enum<HiringDecision>(4),
            reader.Double(5),
            reader.NullableDouble(6),
            reader.Int(7),
            reader.GetString(8),
            reader.NullableString(9),
            reader.Timestamp(10),
            reader.Timestamp(11));
}
