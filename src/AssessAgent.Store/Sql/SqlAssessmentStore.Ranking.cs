using System.Data.Common;
using System.Globalization;
using System.Text;
using AssessAgent.Assessment;
using AssessAgent.Store.Queries;
using AssessAgent.Store.Search;

namespace AssessAgent.Store.Sql;

public abstract partial class SqlAssessmentStore
{
    /// <inheritdoc />
    public async Task<AnswerRanking?> RankAnswersAsync(
        AnswerRankingRequest request,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await EnsureSchemaAsync(cancellationToken);
        await RefreshEmbeddingsAsync(cancellationToken);

        await using var connection = await OpenConnectionAsync(cancellationToken);
        var questions = await ReadStoredQuestionsAsync(connection, request.Filter, cancellationToken);
        var requestVector = _embedder is null || string.IsNullOrWhiteSpace(request.Question)
            ? null
            : await _embedder.EmbedQueryAsync(request.Question, cancellationToken);

        if (QuestionMatching.Best(questions, request.Question, requestVector) is not var (chosen, similarity))
        {
            StoreLog.Ranked(Logger, 0, 0);
            return null;
        }

        var same = QuestionMatching.SameInSubstance(questions, chosen, request.SameQuestionSimilarity);
        var answers = await ReadRankedAnswersAsync(connection, same, request.Order, cancellationToken);

        StoreLog.Ranked(Logger, same.Count, answers.Count);
        return new AnswerRanking(
            chosen.Text,
            similarity,
            same.Select(question => question.Text).Distinct(StringComparer.Ordinal).Count(),
            answers.Take(Math.Max(request.Limit, 0)).ToList(),
            answers.Count,
            answers.Select(answer => answer.Candidate?.ToLowerInvariant() ?? answer.AssessmentId).Distinct().Count());
    }

    private async Task<List<StoredQuestion>> ReadStoredQuestionsAsync(
        DbConnection connection,
        AssessmentFilter? filter,
        CancellationToken cancellationToken)
    {
        var (filterSql, parameters) = FilterSql.Build(filter);
        parameters.Add(("@kind", EmbeddingKinds.Question));
        parameters.Add(("@model", _embedder?.Model ?? string.Empty));

        return await SqlCommands.QueryAsync(
            connection,
            null,
            $"""
            SELECT q.assessment_id, q.question_id, q.question, e.vector
            FROM questions q JOIN assessments a ON a.id = q.assessment_id
            LEFT JOIN embeddings e ON e.assessment_id = q.assessment_id AND e.question_id = q.question_id
                 AND e.kind = @kind AND e.model = @model
            WHERE 1 = 1{filterSql}
            ORDER BY q.assessment_id, q.ordinal
            """,
            reader => new StoredQuestion(
                new QuestionKey(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : QuestionEmbedder.FromBytes((byte[])reader.GetValue(3))),
            cancellationToken,
            parameters);
    }

    // The database orders the answers by their stored score; ties go to the better judged relevance for "best" and
    // the worse for "worst", then to the later interview.
    private static async Task<List<RankedAnswer>> ReadRankedAnswersAsync(
        DbConnection connection,
        IReadOnlyList<StoredQuestion> questions,
        RankingOrder order,
        CancellationToken cancellationToken)
    {
        var keys = new StringBuilder();
        var parameters = new List<(string Name, object? Value)>();
        foreach (var (question, index) in questions.Select((question, index) => (question, index)))
        {
            keys.Append(CultureInfo.InvariantCulture,
                $"{(index == 0 ? "" : " OR ")}(q.assessment_id = @a{index} AND q.question_id = @q{index})");
            parameters.Add(($"@a{index}", question.Key.AssessmentId));
            parameters.Add(($"@q{index}", question.Key.QuestionId));
        }

        var direction = order == RankingOrder.Best ? "DESC" : "ASC";
        var relevanceDirection = order == RankingOrder.Best ? "ASC" : "DESC";

        return await SqlCommands.QueryAsync(
            connection,
            null,
            $"""
            SELECT a.id, a.candidate, a.position, a.interview_date, q.question_id, q.section, q.question, q.answer,
                   q.score, q.relevance, q.asked_at_ms
            FROM questions q JOIN assessments a ON a.id = q.assessment_id
            WHERE q.relevance <> 'NoAnswer' AND ({keys})
            ORDER BY q.score {direction},
                     CASE q.relevance WHEN 'Relevant' THEN 0 WHEN 'PartlyRelevant' THEN 1 ELSE 2 END
                         {relevanceDirection},
                     a.interview_date DESC, a.id
            """,
            reader => new RankedAnswer(
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
                reader.Milliseconds(10)),
            cancellationToken,
            parameters);
    }
}
