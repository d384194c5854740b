namespace AssessAgent.Reading;

/// <summary>The text of one input file, with the name to use for it in error messages.</summary>
/// <param name="DisplayPath">The path as the caller gave it.</param>
/// <param name="Text">The whole file, decoded.</param>
internal sealed record TranscriptInput(string DisplayPath, string Text)
{
    private string[]? lines;

    /// <summary>The file's lines without their line endings; line N of the file is <c>Lines[N - 1]</c>.</summary>
    public IReadOnlyList<string> Lines => lines ??= Text.ReplaceLineEndings("\n").Split('\n');

    /// <summary>The file extension in lower case with its dot, or an empty string.</summary>
    public string Extension => Path.GetExtension(DisplayPath).ToLowerInvariant();

    /// <summary>The text without a byte-order mark or leading white space, for content detection.</summary>
    public ReadOnlySpan<char> Start => Text.AsSpan().TrimStart("\uFEFF \t\r\n");
}
