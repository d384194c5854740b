using System.Diagnostics;

namespace AssessAgent.Evals.Running;

/// <summary>Reads the commit a working folder is at, for a run's metadata.</summary>
internal static class GitCommit
{
    /// <summary>The full commit id, with <c>+dirty</c> when files are modified; null when git cannot tell.</summary>
    public static string? TryRead(string folder)
    {
        var commit = RunGit(folder, "rev-parse HEAD");
        if (commit is null)
        {
            return null;
        }

        var status = RunGit(folder, "status --porcelain --untracked-files=no");

        return string.IsNullOrEmpty(status) ? commit : commit + "+dirty";
    }

    // A missing git, or a folder outside a repository, only leaves the commit out of the metadata.
    private static string? RunGit(string folder, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            if (!process.WaitForExit(5000) || process.ExitCode != 0)
            {
                return null;
            }

            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
