namespace AssessAgent.Transcripts;

/// <summary>
/// One interview, whatever format it was read from: who was interviewed for what, and the questions asked,
/// grouped into sections, each with the candidate's answer.
/// </summary>
public sealed record Transcript
{
    /// <summary>The candidate's name, or <see langword="null"/> when the input does not record it.</summary>
    public string? Candidate { get; init; }

    /// <summary>The position interviewed for, or <see langword="null"/> when not recorded.</summary>
    public string? Position { get; init; }

    /// <summary>The day of the interview, or <see langword="null"/> when not recorded.</summary>
    public DateOnly? InterviewDate { get; init; }

    /// <summary>
    /// How long the interview took, or <see langword="null"/> when not recorded. A zero duration in the
    /// input means "not recorded" and is read as <see langword="null"/>.
    /// </summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>The sections in interview order.</summary>
    public required IReadOnlyList<TranscriptSection> Sections { get; init; }

    /// <summary>Where the transcript came from.</summary>
    public TranscriptSource Source { get; init; } = TranscriptSource.Unknown;

    /// <summary>
    /// What an earlier report said about this interview, when the input was such a report; kept so that the
    /// new report can show where the two disagree.
    /// </summary>
    public PreviousAssessment? PreviouslyReported { get; init; }

    /// <summary>
    /// What the reader had to guess and a reader of the report should know, as sentences: questions joined to the
    /// one before as follow-ups only because they keep to its subject, for example.
    /// </summary>
    public IReadOnlyList<string> ReadingNotes { get; init; } = [];

    /// <summary>All questions of all sections, in interview order.</summary>
    public IEnumerable<InterviewQuestion> AllQuestions => Sections.SelectMany(section => section.Questions);
}
