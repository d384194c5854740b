using System.Data.Common;
using AssessAgent.Store.Search;

namespace AssessAgent.Store.Sql;

public abstract partial class SqlAssessmentStore
{
    /// <summary>How many assessments' vectors are read back per statement when the index follows changes.</summary>
    private const int ReloadBatchSize = 500;

    private const string VectorRowsSql =
        "SELECT assessment_id, question_id, vector FROM embeddings WHERE model = @model";

    private readonly SemaphoreSlim _indexGate = new(1, 1);
    private VectorIndex? _vectorIndex;
    private long _indexedChange;

    /// <summary>
    /// When the in-memory index scores every vector; tests lower the limits to reach the sign-bit pass.
    /// </summary>
    internal VectorIndexOptions VectorIndexOptions { get; set; } = VectorIndexOptions.Default;

    /// <summary>The in-memory index once a search has loaded it, for tests and measurements.</summary>
    internal VectorIndex? LoadedVectorIndex => _vectorIndex;

    /// <summary>
    /// Makes a transaction's entries in the change log visible in the order of their sequence numbers; PostgreSQL
    /// needs a lock for it, SQLite's single writer gives it already.
    /// </summary>
    protected virtual Task LockChangeLogAsync(
        DbConnection connection,
        DbTransaction transaction,
        CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Records that the vectors of these assessments changed (saved, deleted, embedded again), so that every store
    /// instance's in-memory index, in this process or another, reloads them before its next search.
    /// </summary>
    private async Task LogVectorChangesAsync(
        DbConnection connection,
        DbTransaction transaction,
        IEnumerable<string> assessmentIds,
        CancellationToken cancellationToken)
    {
        await LockChangeLogAsync(connection, transaction, cancellationToken);

        foreach (var id in assessmentIds.Distinct(StringComparer.Ordinal))
        {
            await SqlCommands.ExecuteAsync(
                connection, transaction, "INSERT INTO vector_changes (assessment_id) VALUES (@assessment_id)",
                cancellationToken, ("@assessment_id", id));
        }
    }

    /// <summary>
    /// The in-memory index, brought up to date: loaded with every vector of the current model on this instance's
    /// first search (after embedding whatever has no vector of it), and afterwards changed only for the
    /// assessments the change log names since.
    /// </summary>
    private async Task<VectorIndex> SyncVectorIndexAsync(QuestionEmbedder embedder, CancellationToken cancellationToken)
    {
        await _indexGate.WaitAsync(cancellationToken);
        try
        {
            if (_vectorIndex is null)
            {
                var (index, questionVectors) = await LoadVectorIndexAsync(embedder.Model, cancellationToken);
                _vectorIndex = index;

                // Every question has one question vector of the model unless a save's embedding failed or the model
                // changed; only then is the costly search for questions without vectors run, once.
                if (questionVectors != await CountQuestionsAsync(cancellationToken))
                {
                    await RefreshEmbeddingsAsync(null, cancellationToken);
                }
            }

            await ApplyVectorChangesAsync(embedder.Model, _vectorIndex, cancellationToken);

            return _vectorIndex;
        }
        finally
        {
            _indexGate.Release();
        }
    }

    /// <returns>The index and how many question vectors (rather than answer or feedback) it read.</returns>
    private async Task<(VectorIndex Index, long QuestionVectors)> LoadVectorIndexAsync(
        string model,
        CancellationToken cancellationToken)
    {
        var started = TimeProvider.GetTimestamp();
        var index = new VectorIndex(VectorIndexOptions);
        await using var connection = await OpenConnectionAsync(cancellationToken);

        // The log's position is read before the vectors: a change committed while they load is applied again at the
        // next search, which reloads that assessment's vectors as they are then, so nothing is missed.
        _indexedChange = await ReadLatestChangeAsync(connection, cancellationToken);
        var questionVectors = 0L;
        await SqlCommands.ForEachAsync(
            connection,
            "SELECT assessment_id, question_id, vector, kind FROM embeddings WHERE model = @model",
            reader =>
            {
                index.Append(reader.GetString(0), reader.GetString(1), ReadVector(reader, 2));
                questionVectors += reader.GetString(3) == EmbeddingKinds.Question ? 1 : 0;
            },
            cancellationToken,
            ("@model", model));

        StoreLog.VectorIndexLoaded(
            Logger, index.VectorCount, index.AssessmentCount, index.Bytes / (1024 * 1024),
            (long)TimeProvider.GetElapsedTime(started).TotalMilliseconds);
        return (index, questionVectors);
    }

    private async Task<long> CountQuestionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);

        return Convert.ToInt64(
            await SqlCommands.ScalarAsync(connection, null, "SELECT COUNT(*) FROM questions", cancellationToken));
    }

    private async Task ApplyVectorChangesAsync(string model, VectorIndex index, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var changes = await SqlCommands.QueryAsync(
            connection, null, "SELECT seq, assessment_id FROM vector_changes WHERE seq > @seen ORDER BY seq",
            reader => (Sequence: Convert.ToInt64(reader.GetValue(0)), AssessmentId: reader.GetString(1)),
            cancellationToken, ("@seen", _indexedChange));
        if (changes.Count == 0)
        {
            return;
        }

        // A save whose embedding failed logged its assessment without vectors; it is embedded before it is searched.
        var changed = changes.Select(change => change.AssessmentId).Distinct(StringComparer.Ordinal).ToList();
        await RefreshEmbeddingsAsync(changed, cancellationToken);

        foreach (var batch in changed.Chunk(ReloadBatchSize))
        {
            await ReloadAssessmentsAsync(connection, model, index, batch, cancellationToken);
        }

        _indexedChange = changes[^1].Sequence;
        StoreLog.VectorIndexUpdated(Logger, changed.Count, index.VectorCount);
    }

    private static async Task ReloadAssessmentsAsync(
        DbConnection connection,
        string model,
        VectorIndex index,
        IReadOnlyList<string> assessmentIds,
        CancellationToken cancellationToken)
    {
        var (inList, parameters) = InList("@id", assessmentIds);
        parameters.Add(("@model", model));
        var rows = await SqlCommands.QueryAsync(
            connection, null, $"{VectorRowsSql} AND assessment_id IN ({inList})",
            reader => (
                AssessmentId: reader.GetString(0), QuestionId: reader.GetString(1), Vector: ReadVector(reader, 2)),
            cancellationToken, parameters);

        var byAssessment = rows.ToLookup(row => row.AssessmentId, StringComparer.Ordinal);
        foreach (var id in assessmentIds)
        {
            // A deleted assessment has no rows left, and Replace with nothing removes it.
            index.Replace(id, byAssessment[id].Select(row => (row.QuestionId, row.Vector)).ToList());
        }
    }

    private static async Task<long> ReadLatestChangeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var latest = await SqlCommands.ScalarAsync(
            connection, null, "SELECT COALESCE(MAX(seq), 0) FROM vector_changes", cancellationToken);

        return Convert.ToInt64(latest);
    }

    private static float[] ReadVector(DbDataReader reader, int ordinal) =>
        QuestionEmbedder.FromBytes(reader.GetFieldValue<byte[]>(ordinal));

    /// <summary>A parameter list for <c>IN (...)</c>: one named parameter per value.</summary>
    private static (string Sql, List<(string Name, object? Value)> Parameters) InList(
        string prefix,
        IReadOnlyList<string> values)
    {
        var parameters = values.Select((value, index) => ($"{prefix}{index}", (object?)value)).ToList();

        return (string.Join(", ", parameters.Select(parameter => parameter.Item1)), parameters);
    }
}
