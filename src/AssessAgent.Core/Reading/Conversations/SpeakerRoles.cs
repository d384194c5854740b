using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Conversations;

/// <summary>Which speaker labels are interviewers and which one is the candidate.</summary>
/// <param name="Interviewers">The interviewers' labels (more than one on a panel).</param>
/// <param name="Candidate">The candidate's label.</param>
internal sealed record SpeakerRoles(IReadOnlySet<string> Interviewers, string Candidate)
{
    /// <summary>The role of the speaker with this label.</summary>
    public SpeakerRole RoleOf(string speaker) =>
        Interviewers.Contains(TurnMerger.Normalize(speaker)) ? SpeakerRole.Interviewer : SpeakerRole.Candidate;
}
