namespace AssessAgent.Reading;

/// <summary>The input formats a transcript can be read from.</summary>
public enum TranscriptFormat
{
    /// <summary>
    /// A JSON transcript with sections and questions, as described by schemas/transcript.schema.json.
    /// </summary>
    Json,

    /// <summary>Speech-to-text segments in JSON: an array of speaker-labelled, timed segments.</summary>
    SegmentsJson,

    /// <summary>A Markdown transcript: sections as level-2 headings, questions as level-3 headings.</summary>
    Markdown,

    /// <summary>Plain text with one "Speaker: text" turn after another.</summary>
    SpeakerText,

    /// <summary>WebVTT captions with voice tags or "Name: text" cues.</summary>
    WebVtt,

    /// <summary>The text of an earlier assessment report, as copied out of its PDF.</summary>
    AssessmentReport,
}
