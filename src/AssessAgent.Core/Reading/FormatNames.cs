namespace AssessAgent.Reading;

/// <summary>The short and the descriptive names of the input formats.</summary>
internal static class FormatNames
{
    /// <summary>The short name recorded in <see cref="Transcripts.TranscriptSource.Format"/>.</summary>
    public static string Name(TranscriptFormat format) => format switch
    {
        TranscriptFormat.Json => "json",
        TranscriptFormat.SegmentsJson => "segments-json",
        TranscriptFormat.Markdown => "markdown",
        TranscriptFormat.SpeakerText => "speaker-text",
        TranscriptFormat.WebVtt => "webvtt",
        TranscriptFormat.AssessmentReport => "assessment-report",
        _ => "unknown",
    };

    /// <summary>The format as a phrase for messages.</summary>
    public static string Describe(TranscriptFormat format) => format switch
    {
        TranscriptFormat.Json => "a JSON transcript",
        TranscriptFormat.SegmentsJson => "speech-to-text segments JSON",
        TranscriptFormat.Markdown => "a Markdown transcript",
        TranscriptFormat.SpeakerText => "a speaker-labelled text transcript",
        TranscriptFormat.WebVtt => "WebVTT captions",
        TranscriptFormat.AssessmentReport => "an earlier assessment report",
        _ => "an unknown format",
    };
}
