namespace AssessAgent.Transcripts;

/// <summary>
/// One question and the candidate's answer to it. In conversational inputs the answer may span several turns,
/// with the interviewer's follow-ups in between; <see cref="Turns"/> keeps them all, in order.
/// </summary>
public sealed record InterviewQuestion
{
    /// <summary>A stable id within the transcript, such as <c>technical-2</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The question as asked.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// The candidate's whole answer, follow-up answers included, or <see langword="null"/> when no answer was
    /// recorded (scored 0 as "no answer recorded", not an error).
    /// </summary>
    public string? Answer { get; init; }

    /// <summary>Every turn of the exchange, the question itself first, when the input was a conversation.</summary>
    public IReadOnlyList<Turn> Turns { get; init; } = [];

    /// <summary>What a good answer covers, when the input gives it.</summary>
    public Rubric? Rubric { get; init; }

    /// <summary>How much this question counts in its section's and the interview's score. Defaults to 1.</summary>
    public double Weight { get; init; } = 1.0;

    /// <summary>What an earlier report said about this answer, when the input was such a report.</summary>
    public PreviousQuestionAssessment? PreviouslyReported { get; init; }

    /// <summary>When the question was asked, when the input has timestamps.</summary>
    public TimeSpan? AskedAt => Turns.Count > 0 ? Turns[0].Start : null;

    /// <summary>Whether the candidate said anything in answer.</summary>
    public bool HasAnswer => !string.IsNullOrWhiteSpace(Answer);
}
