namespace AssessAgent.Transcripts;

/// <summary>The verdict of an earlier report on the same interview, kept to compare with the new one.</summary>
/// <param name="Recommendation">The earlier recommendation as written, such as "Do Not Hire".</param>
/// <param name="Confidence">The earlier confidence between 0 and 1, when it gave one.</param>
/// <param name="GeneratedAt">When the earlier report was written, when it says.</param>
public sealed record PreviousAssessment(string? Recommendation, double? Confidence, DateTimeOffset? GeneratedAt);

/// <summary>The earlier report's verdict on one answer.</summary>
/// <param name="Score">The earlier score, 0-100.</param>
/// <param name="Band">The earlier band label as written, such as "good".</param>
public sealed record PreviousQuestionAssessment(int Score, string? Band);
