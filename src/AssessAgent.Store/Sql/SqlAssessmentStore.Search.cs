using System.Data.Common;
using AssessAgent.Assessment;
using AssessAgent.Store.Search;

namespace AssessAgent.Store.Sql;

public abstract partial class SqlAssessmentStore
{
    /// <summary>How many places of each ranking take part in the fusion.</summary>
    private const int RankingDepth = 50;

    /// <summary>How many questions are embedded per call when vectors are brought up to date.</summary>
    private const int EmbeddingBatchSize = 32;

    private const string UpsertEmbeddingSql = """
        INSERT INTO embeddings (assessment_id, question_id, kind, model, dimensions, vector)
        VALUES (@assessment_id, @question_id, @kind, @model, @dimensions, @vector)
        ON CONFLICT (assessment_id, question_id, kind)
        DO UPDATE SET model = excluded.model, dimensions = excluded.dimensions, vector = excluded.vector
        """;

    private const string HitSql = """
        SELECT a.id, a.candidate, a.position, a.interview_date, q.question_id, q.section, q.question, q.answer,
               q.score, q.relevance, q.asked_at_ms, q.answered_until_ms
        FROM questions q JOIN assessments a ON a.id = q.assessment_id
        WHERE q.assessment_id = @assessment_id AND q.question_id = @question_id
        """;

    /// <summary>The embedding model the store embeds with, or null when it searches by keyword only.</summary>
    public string? EmbeddingModel => _embedder?.Model;

    /// <summary>The matching questions ranked by keyword relevance, best first.</summary>
    private protected abstract Task<List<QuestionKey>> RankByKeywordsAsync(
        DbConnection connection,
        IReadOnlyList<string> terms,
        AssessmentFilter? filter,
        int limit,
        CancellationToken cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        SearchRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await EnsureSchemaAsync(cancellationToken);

        await using var connection = await OpenConnectionAsync(cancellationToken);
        var terms = request.Mode == SearchMode.Meaning ? [] : SearchTerms.Extract(request.Text);
        var byKeyword = terms.Count == 0
            ? []
            : await RankByKeywordsAsync(connection, terms, request.Filter, RankingDepth, cancellationToken);
        var bySimilarity = request.Mode == SearchMode.Keywords
            ? []
            : await RankBySimilarityAsync(connection, request, cancellationToken);

        var fused = ReciprocalRankFusion.Fuse(byKeyword, bySimilarity).Take(Math.Max(request.Limit, 0));
        var hits = new List<SearchHit>();
        foreach (var (key, rank) in fused)
        {
            hits.Add(await ReadHitAsync(connection, key, rank, cancellationToken));
        }

        StoreLog.Searched(Logger, byKeyword.Count, bySimilarity.Count, hits.Count);
        return hits;
    }

    /// <summary>
    /// Embeds every stored question that has no vector of the current model, replacing vectors of another model,
    /// so that a change of model re-embeds the store rather than mixing vectors.
    /// </summary>
    /// <returns>How many questions were embedded.</returns>
    public async Task<int> RefreshEmbeddingsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);

        return await RefreshEmbeddingsAsync(null, cancellationToken);
    }

    /// <summary>Embeds the questions of these assessments (all when null) that have no vector of the model.</summary>
    private async Task<int> RefreshEmbeddingsAsync(
        IReadOnlyList<string>? assessmentIds,
        CancellationToken cancellationToken)
    {
        if (_embedder is null)
        {
            return 0;
        }

        var stale = new List<QuestionTexts>();
        var batches = assessmentIds is null ? [null] : assessmentIds.Chunk(ReloadBatchSize).ToArray<string[]?>();
        foreach (var batch in batches)
        {
            stale.AddRange(await ReadQuestionsWithoutVectorsAsync(_embedder.Model, batch, cancellationToken));
        }

        foreach (var batch in stale.Chunk(EmbeddingBatchSize))
        {
            var vectors = await _embedder.EmbedAsync(batch, cancellationToken);

            using var writeTurn = await EnterWriteAsync(cancellationToken);
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var transaction = await BeginWriteTransactionAsync(connection, cancellationToken);
            await WriteEmbeddingsAsync(connection, transaction, vectors, cancellationToken);
            await LogVectorChangesAsync(
                connection, transaction, batch.Select(question => question.QuestionKey.AssessmentId),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (stale.Count > 0)
        {
            StoreLog.Reembedded(Logger, stale.Count, _embedder.Model);
        }

        return stale.Count;
    }

    private async Task<QuestionVectors?> EmbedQuestionsAsync(
        AssessmentRecord record,
        CancellationToken cancellationToken)
    {
        if (_embedder is null)
        {
            return null;
        }

        var texts = record.Questions
            .Select(question => new QuestionTexts(
                new QuestionKey(record.Id, question.QuestionId), question.EmbeddedTexts().ToList()));
        try
        {
            return await _embedder.EmbedAsync(texts, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            StoreLog.EmbeddingFailed(Logger, exception, record.Id);
            return null;
        }
    }

    private static async Task WriteEmbeddingsAsync(
        DbConnection connection,
        DbTransaction transaction,
        QuestionVectors vectors,
        CancellationToken cancellationToken)
    {
        foreach (var vector in vectors.Vectors)
        {
            await SqlCommands.ExecuteAsync(
                connection,
                transaction,
                UpsertEmbeddingSql,
                cancellationToken,
                ("@assessment_id", vector.QuestionKey.AssessmentId),
                ("@question_id", vector.QuestionKey.QuestionId),
                ("@kind", vector.Kind),
                ("@model", vectors.Model),
                ("@dimensions", vector.Vector.Length),
                ("@vector", QuestionEmbedder.ToBytes(vector.Vector)));
        }

        // A question that lost its answer or feedback text keeps no vector of an older model beside the new ones.
        foreach (var key in vectors.Vectors.Select(vector => vector.QuestionKey).Distinct())
        {
            await SqlCommands.ExecuteAsync(
                connection, transaction,
                """
                DELETE FROM embeddings
                WHERE assessment_id = @assessment_id AND question_id = @question_id AND model <> @model
                """,
                cancellationToken,
                ("@assessment_id", key.AssessmentId), ("@question_id", key.QuestionId), ("@model", vectors.Model));
        }
    }

    private async Task<List<QuestionTexts>> ReadQuestionsWithoutVectorsAsync(
        string model,
        IReadOnlyList<string>? assessmentIds,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var (inList, parameters) = InList("@id", assessmentIds ?? []);
        var onlyThese = assessmentIds is null ? string.Empty : $" AND q.assessment_id IN ({inList})";

        return await SqlCommands.QueryAsync(
            connection,
            null,
            $"""
            SELECT q.assessment_id, q.question_id, q.question, q.answer, q.feedback
            FROM questions q
            WHERE NOT EXISTS (
                SELECT 1 FROM embeddings e
                WHERE e.assessment_id = q.assessment_id AND e.question_id = q.question_id
                  AND e.kind = @kind AND e.model = @model){onlyThese}
            ORDER BY q.assessment_id, q.ordinal
            """,
            reader =>
            {
                var row = new QuestionRecord(
                    0, reader.GetString(1), string.Empty, default, reader.GetString(2), reader.NullableString(3),
                    reader.GetString(4), 0, default, null, null);

                return new QuestionTexts(
                    new QuestionKey(reader.GetString(0), row.QuestionId), row.EmbeddedTexts().ToList());
            },
            cancellationToken,
            [.. parameters, ("@kind", EmbeddingKinds.Question), ("@model", model)]);
    }

    private async Task<List<(QuestionKey Key, double Similarity)>> RankBySimilarityAsync(
        DbConnection connection,
        SearchRequest request,
        CancellationToken cancellationToken)
    {
        if (_embedder is null || string.IsNullOrWhiteSpace(request.Text))
        {
            return [];
        }

        var index = await SyncVectorIndexAsync(_embedder, cancellationToken);
        var query = await _embedder.EmbedQueryAsync(request.Text, cancellationToken);
        var assessments = await ReadFilteredAssessmentsAsync(connection, request.Filter, cancellationToken);

        // The index ranks by int8 codes; twice the depth of candidates are ranked again by their exact vectors, so
        // the similarities and their order are those of the stored floats, as when every vector was read.
        var candidates = index.FindCandidates(query, assessments, RankingDepth * 2, request.MinimumSimilarity);

        return await RankExactlyAsync(connection, query, candidates, request.MinimumSimilarity, cancellationToken);
    }

    /// <summary>The ids of the assessments the filter lets through, or null when it lets every one through.</summary>
    private static async Task<IReadOnlyCollection<string>?> ReadFilteredAssessmentsAsync(
        DbConnection connection,
        AssessmentFilter? filter,
        CancellationToken cancellationToken)
    {
        var (filterSql, parameters) = FilterSql.Build(filter);
        if (filterSql.Length == 0)
        {
            return null;
        }

        return await SqlCommands.QueryAsync(
            connection, null, $"SELECT a.id FROM assessments a WHERE 1 = 1{filterSql}",
            reader => reader.GetString(0), cancellationToken, parameters);
    }

    private async Task<List<(QuestionKey Key, double Similarity)>> RankExactlyAsync(
        DbConnection connection,
        float[] query,
        IReadOnlyList<QuestionKey> candidates,
        double minimumSimilarity,
        CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        // Pairs of equalities rather than a row-value IN list, which SQLite answers by scanning every vector.
        var pairs = string.Join(
            " OR ", candidates.Select((_, index) => $"(assessment_id = @a{index} AND question_id = @q{index})"));
        var parameters = candidates
            .SelectMany((key, index) => new (string Name, object? Value)[]
            {
                ($"@a{index}", key.AssessmentId), ($"@q{index}", key.QuestionId),
            })
            .Append(("@model", _embedder!.Model))
            .ToList();

        var scored = await SqlCommands.QueryAsync(
            connection,
            null,
            $"{VectorRowsSql} AND ({pairs})",
            reader => (
                Key: new QuestionKey(reader.GetString(0), reader.GetString(1)),
                Similarity: CosineSimilarity.Of(query, ReadVector(reader, 2))),
            cancellationToken,
            parameters);

        // Equal similarities keep the index's order, so the ranking does not depend on the order rows come back.
        var order = candidates.Select((key, position) => (key, position)).ToDictionary();

        return scored
            .GroupBy(item => item.Key)
            .Select(group => (group.Key, Similarity: group.Max(item => item.Similarity)))
            .Where(item => item.Similarity >= minimumSimilarity)
            .OrderByDescending(item => item.Similarity)
            .ThenBy(item => order[item.Key])
            .Take(RankingDepth)
            .ToList();
    }

    private static async Task<SearchHit> ReadHitAsync(
        DbConnection connection,
        QuestionKey key,
        HitRank rank,
        CancellationToken cancellationToken)
    {
        var rows = await SqlCommands.QueryAsync(
            connection,
            null,
            HitSql,
            reader => new SearchHit(
                reader.GetString(0),
                reader.NullableString(1),
                reader.NullableString(2),
                reader.NullableDate(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.NullableString(7),
                reader.Int(8),
                reader.Enum<RelevanceLabel>(9),
                reader.Milliseconds(10),
                reader.Milliseconds(11),
                rank),
            cancellationToken,
            ("@assessment_id", key.AssessmentId),
            ("@question_id", key.QuestionId));

        return rows.Single();
    }
}
