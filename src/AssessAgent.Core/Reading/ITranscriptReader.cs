using AssessAgent.Transcripts;

namespace AssessAgent.Reading;

/// <summary>Reads one input format into a <see cref="Transcript"/>.</summary>
internal interface ITranscriptReader
{
    /// <summary>The format this reader reads.</summary>
    TranscriptFormat Format { get; }

    /// <summary>
    /// The file extensions of the format, lower case with the dot, used when the content is not telling.
    /// </summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Whether the content itself shows it is in this format.</summary>
    bool RecognizesContent(TranscriptInput input);

    /// <summary>
    /// Reads the input; throws <see cref="TranscriptReadException"/> when it is not a valid transcript.
    /// </summary>
    Transcript Read(TranscriptInput input, TranscriptReadOptions options);
}
