namespace AssessAgent.Transcripts;

/// <summary>One speaker's uninterrupted contribution to a conversation.</summary>
/// <param name="Role">Whether the interviewer or the candidate spoke.</param>
/// <param name="Speaker">The speaker's name as the input writes it, or the role's name.</param>
/// <param name="Text">What was said.</param>
/// <param name="Start">When the turn began, when the input has timestamps.</param>
/// <param name="End">When the turn ended, when the input has timestamps.</param>
public sealed record Turn(SpeakerRole Role, string Speaker, string Text, TimeSpan? Start = null, TimeSpan? End = null);
