namespace AssessAgent.Assessment;

/// <summary>The verdict on one answer.</summary>
public sealed record QuestionAssessment
{
    public required string QuestionId { get; init; }

    public required string Section { get; init; }

    public required string Question { get; init; }

    /// <summary>The answer as assessed, or <see langword="null"/> when none was recorded.</summary>
    public string? Answer { get; init; }

    /// <summary>
    /// How much this question counts in its section's score, copied from the transcript's question. Defaults to 1.
    /// The section score is the mean of its questions' scores weighted by this.
    /// </summary>
    public double Weight { get; init; } = 1.0;

    /// <summary>Whether the answer addresses the question.</summary>
    public required RelevanceVerdict Relevance { get; init; }

    /// <summary>The score from 0 to 100.</summary>
    public required int Score { get; init; }

    public ScoreBand Band => ScoreBands.For(Score);

    /// <summary>The parts the score was computed from, so that a reader can see why.</summary>
    public ScoreBreakdown? Breakdown { get; init; }

    public IReadOnlyList<Feedback> Strengths { get; init; } = [];

    public IReadOnlyList<Feedback> Improvements { get; init; } = [];

    /// <summary>When the question was asked and the answer ended, when the transcript has timestamps.</summary>
    public TimeRange? Timestamps { get; init; }

    /// <summary>Warnings about this answer or its assessment, such as an injection attempt.</summary>
    public IReadOnlyList<QuestionFlag> Flags { get; init; } = [];

    /// <summary>The score an earlier report gave this answer, when the input was such a report.</summary>
    public int? PreviouslyReportedScore { get; init; }

    /// <summary>The assessor that produced this verdict, such as <c>offline</c> or <c>ollama</c>.</summary>
    public required string AssessedBy { get; init; }
}

/// <summary>Whether and how well an answer addresses its question.</summary>
/// <param name="Label">The verdict.</param>
/// <param name="Similarity">
/// The evidence's strength between 0 and 1 (for the offline assessor, a cosine similarity).
/// </param>
/// <param name="Reason">One sentence a person can check.</param>
/// <param name="AddressesInstead">
/// The question this answer seems to answer instead, another of this interview or a standard interview question
/// never asked, when it is off-topic for that reason.
/// </param>
public sealed record RelevanceVerdict(
    RelevanceLabel Label,
    double Similarity,
    string Reason,
    string? AddressesInstead = null);

/// <summary>How well an answer addresses its question.</summary>
public enum RelevanceLabel
{
    Relevant,
    PartlyRelevant,
    OffTopic,
    NoAnswer,
}

/// <summary>The parts of a score, each between 0 and 1, and the formula's name.</summary>
public sealed record ScoreBreakdown(double Relevance, double Coverage, double Specificity, string Formula);

/// <summary>One strength or improvement, with the words of the answer that show it.</summary>
/// <param name="Text">The point, as a sentence.</param>
/// <param name="Evidence">A quote from the answer, when the point rests on one.</param>
public sealed record Feedback(string Text, string? Evidence = null);

/// <summary>A span of the recording.</summary>
public sealed record TimeRange(TimeSpan Start, TimeSpan? End);

/// <summary>A warning attached to one answer.</summary>
/// <param name="Kind">What kind of warning, such as <c>misaligned</c> or <c>injection-attempt</c>.</param>
/// <param name="Message">What a reader should know, as a sentence.</param>
public sealed record QuestionFlag(string Kind, string Message);
