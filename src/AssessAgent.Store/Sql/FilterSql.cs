using System.Text;

namespace AssessAgent.Store.Sql;

/// <summary>Turns an <see cref="AssessmentFilter"/> into <c>AND</c> clauses on <c>assessments a</c>.</summary>
internal static class FilterSql
{
    public static (string Clauses, List<(string Name, object? Value)> Parameters) Build(AssessmentFilter? filter)
    {
        var clauses = new StringBuilder();
        var parameters = new List<(string Name, object? Value)>();
        if (filter is null)
        {
            return (string.Empty, parameters);
        }

        if (!string.IsNullOrWhiteSpace(filter.Candidate))
        {
            clauses.Append(@" AND LOWER(a.candidate) LIKE @f_candidate ESCAPE '\'");
            parameters.Add(("@f_candidate", ContainsPattern(filter.Candidate)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Position))
        {
            clauses.Append(@" AND LOWER(a.position) LIKE @f_position ESCAPE '\'");
            parameters.Add(("@f_position", ContainsPattern(filter.Position)));
        }

        if (filter.From is { } from)
        {
            clauses.Append(" AND a.assessment_day >= @f_from");
            parameters.Add(("@f_from", from));
        }

        if (filter.To is { } to)
        {
            clauses.Append(" AND a.assessment_day <= @f_to");
            parameters.Add(("@f_to", to));
        }

        if (filter.Recommendation is { } recommendation)
        {
            clauses.Append(" AND a.recommendation = @f_recommendation");
            parameters.Add(("@f_recommendation", recommendation.ToString()));
        }

        return (clauses.ToString(), parameters);
    }

    /// <summary>A LIKE pattern for "contains", with the pattern characters in the text escaped.</summary>
    private static string ContainsPattern(string text)
    {
        var escaped = text.Trim().ToLowerInvariant()
            .Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);

        return $"%{escaped}%";
    }
}
