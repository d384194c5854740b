using AssessAgent.Assessment;
using AssessAgent.Cli.Hosting;
using AssessAgent.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Cli.Commands;

/// <summary>Writes a report in the asked formats to stdout or to files.</summary>
public static class ReportOutput
{
    /// <returns>The paths written; empty when the report went to stdout.</returns>
    public static IReadOnlyList<string> Write(
        IServiceProvider services,
        AssessmentReport report,
        ReportFormat format,
        string? outputPath,
        TextWriter? standardOutput = null)
    {
        var renderings = Render(services, report, format);
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
            var path = format == ReportFormat.Both ? Path.ChangeExtension(outputPath, rendering.Extension) : outputPath;
            WriteFile(path, rendering.Text);
            written.Add(path);
        }

        return written;
    }

    private static List<(string Extension, string Text)> Render(
        IServiceProvider services,
        AssessmentReport report,
        ReportFormat format)
    {
        var renderings = new List<(string Extension, string Text)>();
        if (format is ReportFormat.Md or ReportFormat.Both)
        {
            renderings.Add((".md", services.GetRequiredService<MarkdownReportWriter>().Write(report)));
        }

        if (format is ReportFormat.Json or ReportFormat.Both)
        {
            renderings.Add((".json", services.GetRequiredService<JsonReportWriter>().Write(report)));
        }

        return renderings;
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
