using System.Globalization;
using AssessAgent.Assessment;

namespace AssessAgent.Store.Chat;

/// <summary>
/// Reads filter values as a person or a model writes them (dates as <c>yyyy-MM-dd</c>, recommendations by name in
/// any case, with or without spaces) and says in one sentence what is wrong with a bad one.
/// </summary>
public static class FilterArguments
{
    /// <summary>Builds the filter from its values as written; a blank value matches everything.</summary>
    /// <param name="candidate">Part of the candidate's name.</param>
    /// <param name="position">Part of the position.</param>
    /// <param name="from">The first day, <c>yyyy-MM-dd</c>.</param>
    /// <param name="to">The last day, <c>yyyy-MM-dd</c>.</param>
    /// <param name="recommendation">A recommendation by name, such as <c>lean hire</c> or <c>NoHire</c>.</param>
    /// <param name="filter">The filter, or <see cref="AssessmentFilter.All"/> when a value is bad.</param>
    /// <param name="error">What is wrong with the first bad value, in one sentence; otherwise null.</param>
    /// <returns>Whether every value could be read.</returns>
    public static bool TryCreate(
        string? candidate,
        string? position,
        string? from,
        string? to,
        string? recommendation,
        out AssessmentFilter filter,
        out string? error)
    {
        filter = AssessmentFilter.All;
        error = null;

        if (!TryParseDate(from, "from", out var fromDate, ref error)
            || !TryParseDate(to, "to", out var toDate, ref error)
            || !TryParseRecommendation(recommendation, out var decision, ref error))
        {
            return false;
        }

        filter = new AssessmentFilter
        {
            Candidate = Blank(candidate),
            Position = Blank(position),
            From = fromDate,
            To = toDate,
            Recommendation = decision,
        };

        return true;
    }

    /// <summary>Reads a recommendation by name, in any case, with or without spaces, dashes or underscores.</summary>
    public static bool TryParseRecommendation(string? text, out HiringDecision? decision, ref string? error)
    {
        decision = null;
        if (Blank(text) is not { } value)
        {
            return true;
        }

        var compact = value.Replace(" ", string.Empty).Replace("-", string.Empty).Replace("_", string.Empty);
        if (Enum.TryParse<HiringDecision>(compact, ignoreCase: true, out var parsed) && !int.TryParse(compact, out _))
        {
            decision = parsed;
            return true;
        }

        error = $"recommendation '{value}' is not one of {string.Join(", ", Enum.GetNames<HiringDecision>())}.";
        return false;
    }

    private static bool TryParseDate(string? text, string name, out DateOnly? date, ref string? error)
    {
        date = null;
        if (Blank(text) is not { } value)
        {
            return true;
        }

        var invariant = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = $"{name} '{value}' is not a date written as yyyy-MM-dd.";
        return false;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
