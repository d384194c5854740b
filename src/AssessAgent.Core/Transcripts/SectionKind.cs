namespace AssessAgent.Transcripts;

/// <summary>The usual sections of a job interview.</summary>
public enum SectionKind
{
    Other,
    Screening,
    Technical,
    Behavioral,
    SystemDesign,
    WrapUp,
}
