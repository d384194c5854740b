namespace AssessAgent.Transcripts;

/// <summary>Who is speaking in a turn.</summary>
public enum SpeakerRole
{
    Interviewer,
    Candidate,
}
