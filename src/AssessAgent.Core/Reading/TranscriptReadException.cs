namespace AssessAgent.Reading;

/// <summary>
/// A transcript could not be read. The message is one line that names the file and, where it applies, the line
/// (text formats) or the JSON path, and says what is wrong; it is meant to be shown to the user as it is.
/// </summary>
public sealed class TranscriptReadException : Exception
{
    /// <summary>Creates the exception with a message that already names the file.</summary>
    public TranscriptReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message that already names the file, and its cause.</summary>
    public TranscriptReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private TranscriptReadException(string file, int? line, string? jsonPath, string problem, Exception? cause)
        : base(Compose(file, line, jsonPath, problem), cause)
    {
        FilePath = file;
        Line = line;
        JsonPath = jsonPath;
    }

    /// <summary>The file that could not be read, as the caller named it.</summary>
    public string? FilePath { get; }

    /// <summary>The 1-based line the problem is on, for text formats and malformed JSON.</summary>
    public int? Line { get; }

    /// <summary>Where in a JSON input the problem is, such as <c>sections[1].questions[0].question</c>.</summary>
    public string? JsonPath { get; }

    internal static TranscriptReadException InFile(string file, string problem, Exception? cause = null) =>
        new(file, null, null, problem, cause);

    internal static TranscriptReadException AtLine(string file, int line, string problem, Exception? cause = null) =>
        new(file, line, null, problem, cause);

    internal static TranscriptReadException AtJsonPath(string file, string jsonPath, string problem) =>
        new(file, null, jsonPath, problem, null);

    private static string Compose(string file, int? line, string? jsonPath, string problem)
    {
        var where = line is { } number ? $"{file}, line {number}" : file;
        if (jsonPath is not null)
        {
            where = $"{file}, at {jsonPath}";
        }

        // The CLI prints the message on one line, so line breaks that come from the input are flattened.
        var oneLine = problem.ReplaceLineEndings(" ");

        return $"{where}: {oneLine}";
    }
}
