using System.Data.Common;
using AssessAgent.Assessment;
using AssessAgent.Store.Queries;

namespace AssessAgent.Store.Sql;

public abstract partial class SqlAssessmentStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ScoreStatistics>> GetScoreStatisticsAsync(
        AssessmentFilter filter,
        StatisticsGrouping grouping,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReadyConnectionAsync(cancellationToken);
        var (filterSql, parameters) = FilterSql.Build(filter);
        var byQuestion = grouping == StatisticsGrouping.Question;

        // The question's text is the one of its earliest row, so that a question reworded between interviews
        // still shows under its id.
        var groupColumns = byQuestion ? "q.section, q.question_id" : "q.section";
        var questionText = byQuestion
            ? """
              (SELECT q2.question FROM questions q2 WHERE q2.section = q.section AND q2.question_id = q.question_id
               ORDER BY q2.assessment_id LIMIT 1)
              """
            : "NULL";

        return await SqlCommands.QueryAsync(
            connection,
            null,
            $"""
            SELECT {groupColumns}, {questionText}, COUNT(*), COUNT(DISTINCT q.assessment_id),
                   AVG(CAST(q.score AS DOUBLE PRECISION)), MIN(q.score), MAX(q.score)
            FROM questions q JOIN assessments a ON a.id = q.assessment_id
            WHERE q.relevance <> 'NoAnswer'{filterSql}
            GROUP BY {groupColumns}
            ORDER BY MIN(q.ordinal), {groupColumns}
            """,
            reader =>
            {
                var offset = byQuestion ? 1 : 0;

                return new ScoreStatistics(
                    reader.GetString(0),
                    byQuestion ? reader.GetString(1) : null,
                    reader.NullableString(1 + offset),
                    reader.Int(2 + offset),
                    reader.Int(3 + offset),
                    reader.Double(4 + offset),
                    reader.Int(5 + offset),
                    reader.Int(6 + offset));
            },
            cancellationToken,
            parameters);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CandidateSummary>> ListCandidatesAsync(
        AssessmentFilter filter,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReadyConnectionAsync(cancellationToken);
        var (filterSql, parameters) = FilterSql.Build(filter);

        return await ReadCandidatesAsync(connection, filterSql, parameters, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CandidateProfile>> CompareCandidatesAsync(
        IReadOnlyList<string> candidates,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        await using var connection = await OpenReadyConnectionAsync(cancellationToken);
        var profiles = new List<CandidateProfile>();

        foreach (var name in candidates.Where(name => !string.IsNullOrWhiteSpace(name)).Distinct())
        {
            (string Name, object? Value)[] parameters = [("@name", name.Trim().ToLowerInvariant())];
            const string exactName = " AND LOWER(a.candidate) = @name";

            var summary = (await ReadCandidatesAsync(connection, exactName, parameters, cancellationToken))
                .SingleOrDefault();
            if (summary is null)
            {
                continue;
            }

            var sections = await SqlCommands.QueryAsync(
                connection,
                null,
                $"""
                SELECT q.section, AVG(CAST(q.score AS DOUBLE PRECISION)), COUNT(*)
                FROM questions q JOIN assessments a ON a.id = q.assessment_id
                WHERE q.relevance <> 'NoAnswer'{exactName}
                GROUP BY q.section
                ORDER BY MIN(q.ordinal), q.section
                """,
                reader => new SectionMean(reader.GetString(0), reader.Double(1), reader.Int(2)),
                cancellationToken,
                parameters);

            profiles.Add(new CandidateProfile(summary, sections));
        }

        return profiles;
    }

    private static async Task<List<CandidateSummary>> ReadCandidatesAsync(
        DbConnection connection,
        string filterSql,
        IReadOnlyList<(string Name, object? Value)> parameters,
        CancellationToken cancellationToken)
    {
        // Candidates are told apart by name ignoring case. Counts and means come from the database over every
        // matching row; the latest assessment of each is the one written last.
        var totals = await SqlCommands.QueryAsync(
            connection,
            null,
            $"""
            SELECT LOWER(a.candidate), COUNT(DISTINCT a.id), AVG(CAST(q.score AS DOUBLE PRECISION))
            FROM assessments a
            LEFT JOIN questions q ON q.assessment_id = a.id AND q.relevance <> 'NoAnswer'
            WHERE a.candidate IS NOT NULL{filterSql}
            GROUP BY LOWER(a.candidate)
            """,
            reader => (Name: reader.GetString(0), Count: reader.Int(1), Mean: reader.NullableDouble(2)),
            cancellationToken,
            parameters);

        var latest = await SqlCommands.QueryAsync(
            connection,
            null,
            $"""
            SELECT a.candidate, a.id, a.recommendation, a.position, a.assessment_day
            FROM assessments a
            WHERE a.candidate IS NOT NULL{filterSql}
            ORDER BY a.generated_at DESC, a.stored_at DESC, a.id
            """,
            reader => (
                Candidate: reader.GetString(0),
                Id: reader.GetString(1),
                Recommendation: reader.Enum<HiringDecision>(2),
                Position: reader.NullableString(3),
                Day: reader.Date(4)),
            cancellationToken,
            parameters);

        var latestByName = latest
            .GroupBy(row => row.Candidate.ToLowerInvariant())
            .ToDictionary(group => group.Key, group => group.First());

        return totals
            .Where(total => latestByName.ContainsKey(total.Name.ToLowerInvariant()))
            .Select(total =>
            {
                var last = latestByName[total.Name.ToLowerInvariant()];

                return new CandidateSummary(
                    last.Candidate, total.Count, total.Mean, last.Id, last.Recommendation, last.Position, last.Day);
            })
            .OrderBy(summary => summary.Candidate, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
