using AssessAgent.Reading;
using AssessAgent.Transcripts;

namespace AssessAgent.Evals.Cases;

/// <summary>Reads cases with the product's <see cref="TranscriptLoader"/>, exactly as a user's file is read.</summary>
public sealed class TranscriptLoaderCaseReader(TranscriptLoader loader) : ICaseTranscriptReader
{
    /// <inheritdoc />
    public Transcript Read(string path) => loader.Load(path);
}
