namespace AssessAgent.Transcripts;

/// <summary>The file a transcript was read from and the format it was read as.</summary>
/// <param name="Path">The file's path as given, or <see langword="null"/> when not read from a file.</param>
/// <param name="Format">The input format's name, such as <c>json</c> or <c>webvtt</c>.</param>
public sealed record TranscriptSource(string? Path, string Format)
{
    public static TranscriptSource Unknown { get; } = new(null, "unknown");
}
