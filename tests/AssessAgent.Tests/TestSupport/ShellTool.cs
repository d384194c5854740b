using System.Diagnostics;

namespace AssessAgent.Tests.TestSupport;

/// <summary>
/// Runs a small Unix tool (mkfifo, ln, stat, cat) for what .NET has no call for: making a fifo or a hard link, and
/// telling a fifo from a regular file.
/// </summary>
public static class ShellTool
{
    /// <summary>Runs the tool to its end and returns its stdout; fails when it exits non-zero.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        using var process = Start(tool, arguments);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{tool} {string.Join(' ', arguments)} exited {process.ExitCode}: {process.StandardError.ReadToEnd()}");
        }

        return output;
    }

    /// <summary>Starts the tool with its stdout and stderr redirected; the caller waits for it or kills it.</summary>
    public static Process Start(string tool, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {tool}.");
    }

    /// <summary>The kind of file at <paramref name="path"/>, as stat names it: "regular file", "fifo", ...</summary>
    public static string FileKind(string path) => Run("stat", "--format=%F", path).Trim();
}
