using AssessAgent.Assessment;
using AssessAgent.Cli.Hosting;
using AssessAgent.Reporting;

namespace AssessAgent.Cli.Commands;

/// <summary>Writes a report in the asked formats to stdout or to files.</summary>
public static class ReportOutput
{
    private const string WhatIsWritten = "the report";

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

        var paths = PathsFor(format, outputPath);
        for (var i = 0; i < renderings.Count; i++)
        {
            WriteFile(paths[i], renderings[i].Text);
        }

        return paths;
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

    /// <summary>The files written for <paramref name="format"/> under the name the user gave.</summary>
    public static IReadOnlyList<string> PathsFor(OutputFormat format, string outputPath) => format == OutputFormat.Both
        ? [Path.ChangeExtension(outputPath, ".md"), Path.ChangeExtension(outputPath, ".json")]
        : [outputPath];

    /// <summary>
    /// Fails when the report cannot go to <paramref name="path"/>: its folder is missing, it names a folder, or it is
    /// a read-only file.
    /// </summary>
    public static void EnsureWritable(string path) => OutputFile.EnsureWritable(path, WhatIsWritten);

    /// <summary>The full path of the file <paramref name="path"/> leads to, through any symbolic links.</summary>
    public static string FinalPath(string path)
    {
        var fullPath = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(fullPath, returnFinalTarget: true)?.FullName ?? fullPath;
        }
        catch (IOException)
        {
            // A broken or looping link leads nowhere that could be the transcript.
            return fullPath;
        }
    }

    // Written through whatever the name is, as export writes: a device, a pipe or a link is never replaced by a
    // regular file. The transcript being assessed is kept safe by AssessCommand, which refuses it as the output.
    private static void WriteFile(string path, string text) => OutputFile.WriteAllText(path, text, WhatIsWritten);
}
