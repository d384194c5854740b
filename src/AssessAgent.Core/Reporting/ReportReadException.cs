namespace AssessAgent.Reporting;

/// <summary>
/// A JSON report could not be read: the file is missing, is not JSON, has an unsupported schema version or breaks
/// the schema. The message is one line naming the file and, where it applies, the line or JSON path.
/// </summary>
public sealed class ReportReadException : Exception
{
    /// <param name="sourceName">The file, or the name given for the text, that could not be read.</param>
    /// <param name="location">Where in it, such as <c>line 3</c> or <c>$.sections[0].score</c>, when known.</param>
    /// <param name="problem">What is wrong, in a few words.</param>
    /// <param name="innerException">The failure underneath, if any.</param>
    public ReportReadException(string sourceName, string? location, string problem, Exception? innerException = null)
        : base(location is null ? $"{sourceName}: {problem}" : $"{sourceName}: {location}: {problem}", innerException)
    {
        SourceName = sourceName;
        Location = location;
    }

    /// <summary>The file, or the name given for the text, that could not be read.</summary>
    public string SourceName { get; }

    /// <summary>Where in it, such as <c>line 3</c> or <c>$.sections[0].score</c>, when known.</summary>
    public string? Location { get; }
}
