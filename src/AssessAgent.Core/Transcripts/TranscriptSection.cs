namespace AssessAgent.Transcripts;

/// <summary>A named part of the interview, such as Screening or System Design.</summary>
/// <param name="Name">The section's name as the input gives it, or the name of its <paramref name="Kind"/>.</param>
/// <param name="Kind">The usual section this one is, or <see cref="SectionKind.Other"/>.</param>
/// <param name="Questions">The questions of this section in interview order.</param>
public sealed record TranscriptSection(string Name, SectionKind Kind, IReadOnlyList<InterviewQuestion> Questions);
