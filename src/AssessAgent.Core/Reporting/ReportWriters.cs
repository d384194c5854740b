using AssessAgent.Assessment;

namespace AssessAgent.Reporting;

/// <summary>Picks the writer for a format and writes reports to strings and files.</summary>
public static class ReportWriters
{
    /// <summary>The writer for <paramref name="format"/>.</summary>
    public static IReportWriter For(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => new MarkdownReportWriter(),
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Html => new HtmlReportWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>
    /// Reads a format's name as a user types it: <c>markdown</c> or <c>md</c>, <c>json</c>, <c>html</c>, in any case.
    /// </summary>
    public static bool TryParseFormat(string? name, out ReportFormat format)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "markdown" or "md":
                format = ReportFormat.Markdown;
                return true;
            case "json":
                format = ReportFormat.Json;
                return true;
            case "html" or "htm":
                format = ReportFormat.Html;
                return true;
            default:
                format = default;
                return false;
        }
    }

    /// <summary>The report as one string in the writer's format.</summary>
    public static string WriteToString(this IReportWriter writer, AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);

        using var output = new StringWriter { NewLine = "\n" };
        writer.Write(report, output);

        return output.ToString();
    }

    /// <summary>Writes the report to <paramref name="path"/> as UTF-8, replacing any file there.</summary>
    public static async Task WriteToFileAsync(
        this IReportWriter writer,
        AssessmentReport report,
        string path,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);

        var text = writer.WriteToString(report);
        await File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
    }
}
