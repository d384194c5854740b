using AssessAgent.Transcripts;

namespace AssessAgent.Evals.Cases;

/// <summary>
/// Reads a case's transcript file. The product's transcript loader stands behind it, so a case reads exactly as
/// a user's file would.
/// </summary>
public interface ICaseTranscriptReader
{
    /// <summary>
    /// Reads the transcript at <paramref name="path"/>; throws the reader's one-line error when it cannot.
    /// </summary>
    Transcript Read(string path);
}
