using System.Globalization;
using AssessAgent.Assessment;

namespace AssessAgent.Store.Chat;

/// <summary>
/// Reads filter values as a person or a model writes them (dates as <c>yyyy-MM-dd</c>, recommendations by name in
/// any case, with or without spaces) and says in one sentence what is wrong with a bad one.
/// </summary>
internal static class FilterArguments
{
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
