namespace AssessAgent.Reading;

/// <summary>How <see cref="TranscriptLoader"/> reads a transcript.</summary>
public sealed record TranscriptReadOptions
{
    /// <summary>The largest input read by default: 2 MiB.</summary>
    public const long DefaultMaxInputBytes = 2 * 1024 * 1024;

    /// <summary>The options used when the caller gives none.</summary>
    public static TranscriptReadOptions Default { get; } = new();

    /// <summary>
    /// The speaker who interviews, as labelled in a conversation (<c>--interviewer NAME</c>).
    /// </summary>
    /// <value>
    /// <see langword="null"/> by default: the interviewer is taken from "Interviewer"/"Candidate" labels, else
    /// detected as the speaker who asks the most questions (the first speaker on a tie).
    /// </value>
    public string? InterviewerName { get; init; }

    /// <summary>The largest input accepted, in bytes; larger files are refused with an error.</summary>
    /// <value><see cref="DefaultMaxInputBytes"/> (2 MiB) by default.</value>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>The format to read the input as, skipping detection.</summary>
    /// <value><see langword="null"/> by default: the format is detected by content first, extension second.</value>
    public TranscriptFormat? Format { get; init; }
}
