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
    /// Fails when the report cannot go to <paramref name="path"/>: its folder is missing, or it names a folder.
    /// </summary>
    public static void EnsureWritableFolder(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ReportOutputException(
                $"{path}: cannot write the report: it is a folder; give the name of a file in it.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new ReportOutputException($"{path}: cannot write the report: the folder {folder} does not exist.");
        }
    }

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

    private static void WriteFile(string path, string text)
    {
        try
        {
            EnsureWritableFolder(path);
            WriteByReplacing(path, text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ReportOutputException($"{path}: cannot write the report: {exception.Message}", exception);
        }
    }

    // The text goes to a new file beside the target, which is then renamed over it: a reader never sees half a
    // report, a failed write leaves the old file as it was, and a name that is a symbolic or hard link to another
    // file (such as the transcript) is replaced rather than written through.
    private static void WriteByReplacing(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
