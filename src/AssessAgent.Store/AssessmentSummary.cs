using AssessAgent.Assessment;

namespace AssessAgent.Store;

/// <summary>One line of a listing: who, for what, when, and the verdict.</summary>
/// <param name="Id">The store's id.</param>
/// <param name="Candidate">The candidate's name, when the transcript recorded it.</param>
/// <param name="Position">The position, when recorded.</param>
/// <param name="InterviewDate">The interview's day, when recorded.</param>
/// <param name="Recommendation">The hiring recommendation.</param>
/// <param name="Confidence">The recommendation's confidence between 0 and 1.</param>
/// <param name="MeanScore">The mean of the question scores, or <see langword="null"/> when there are none.</param>
/// <param name="QuestionCount">How many questions were assessed.</param>
/// <param name="Assessor">The assessor that wrote the report.</param>
/// <param name="Model">The language model, when one was used.</param>
/// <param name="GeneratedAt">When the report was written.</param>
/// <param name="StoredAt">When it was saved.</param>
public sealed record AssessmentSummary(
    string Id,
    string? Candidate,
    string? Position,
    DateOnly? InterviewDate,
    HiringDecision Recommendation,
    double Confidence,
    double? MeanScore,
    int QuestionCount,
    string Assessor,
    string? Model,
    DateTimeOffset GeneratedAt,
    DateTimeOffset StoredAt);

/// <summary>One page of a listing and the number of matches on all pages.</summary>
public sealed record AssessmentPage(IReadOnlyList<AssessmentSummary> Items, int TotalCount, int Skip, int Take);
