using System.Diagnostics;

namespace AssessAgent.Tests.TestSupport;

/// <summary>
/// Runs the built <c>assessagent</c> executable as a separate process, the way a user does, and captures its
/// exit code, stdout and stderr.
/// </summary>
public static class CliProcess
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    public static async Task<CliResult> RunAsync(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        startInfo.ArgumentList.Add("exec");
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "assessagent.dll"));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Tests never reach a model server by accident.
        startInfo.Environment["ASSESSAGENT_Assessment__Provider"] = "Offline";

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException("Could not start the assessagent process.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(s_timeout);
        await process.WaitForExitAsync(timeout.Token);

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>What one run of the executable produced.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError);
