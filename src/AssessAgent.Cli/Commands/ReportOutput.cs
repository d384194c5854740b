using AssessAgent.Assessment;
using AssessAgent.Cli.Hosting;
using AssessAgent.Reporting;

namespace AssessAgent.Cli.Commands;

/// <summary>Writes a report in the asked formats to stdout or to files.</summary>
public static class ReportOutput
{
    /// <returns>The paths written; empty when the report went to stdout.</returns>
    public static IReadOnlyList<string> Write(
        AssessmentReport report,
        OutputFormat format,
        string? outputPath,
        TextWriter? standardOutput = null)
    {
        var renderings = Render(report, format);
        if (outputPath is null)
        {
            var stdout = standardOutput ?? Console.Out;
            stdout.Write(string.Join(Environment.NewLine, renderings.Select(rendering => rendering.Text)));
            stdout.Flush();
            return [];
        }

        var written = new List<string>();
        foreach (var rendering in renderings)
        {
            var path = format == OutputFormat.Both ? Path.ChangeExtension(outputPath, rendering.Extension) : outputPath;
            WriteFile(path, rendering.Text);
            written.Add(path);
        }

        return written;
    }

    private static List<(string Extension, string Text)> Render(AssessmentReport report, OutputFormat format)
    {
        ReportFormat[] formats = format switch
        {
            OutputFormat.Md => [ReportFormat.Markdown],
            OutputFormat.Json => [ReportFormat.Json],
            _ => [ReportFormat.Markdown, ReportFormat.Json],
        };

        return formats
            .Select(ReportWriters.For)
            .Select(writer => (writer.FileExtension, writer.WriteToString(report)))
            .ToList();
    }

    private static void WriteFile(string path, string text)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null && !Directory.Exists(folder))
            {
                throw new ReportOutputException($"{path}: cannot write the report: the folder {folder} does not exist.");
            }

            File.WriteAllText(path, text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ReportOutputException($"{path}: cannot write the report: {exception.Message}", exception);
        }
    }
}
