using AssessAgent.Assessment;

namespace AssessAgent.Store;

/// <summary>
/// Which assessments a listing, search or statistic covers. Every criterion left <see langword="null"/> matches
/// everything.
/// </summary>
public sealed record AssessmentFilter
{
    /// <summary>Matches candidates whose name contains this text, ignoring case.</summary>
    public string? Candidate { get; init; }

    /// <summary>Matches positions that contain this text, ignoring case.</summary>
    public string? Position { get; init; }

    /// <summary>
    /// The first day included: the interview's day, or the day the report was written when the transcript has no
    /// date.
    /// </summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day included, read like <see cref="From"/>.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Matches this recommendation only.</summary>
    public HiringDecision? Recommendation { get; init; }

    public static AssessmentFilter All { get; } = new();
}

/// <summary>A filter and a page.</summary>
/// <param name="Filter">Which assessments.</param>
/// <param name="Skip">How many matches to pass over. Defaults to 0.</param>
/// <param name="Take">How many to return at most. Defaults to 50.</param>
public sealed record AssessmentQuery(AssessmentFilter Filter, int Skip = 0, int Take = 50)
{
    public static AssessmentQuery FirstPage { get; } = new(AssessmentFilter.All);
}
