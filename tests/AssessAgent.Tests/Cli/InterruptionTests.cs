using System.Diagnostics;
using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli;

/// <summary>Ctrl+C (SIGINT) stops a command with a "cancelled" line and exit code 130, not by the signal.</summary>
public sealed class InterruptionTests : IDisposable
{
    private readonly CliStoreFolder _store = new();

    [Fact]
    public async Task Import_Interrupted_PrintsItsTallySoFarThenCancelledAndExits130()
    {
        using var process = CliProcess.Start(
            _store.DataFolder, new Dictionary<string, string>(), "import", RepositoryPaths.EvalCases);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();

        // Interrupted once the first file is saved, with the other cases still to go.
        var stderr = new List<string>();
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            stderr.Add(line);
            if (line.Contains("Saved as assessment", StringComparison.Ordinal))
            {
                Interrupt(process);
                break;
            }
        }

        var rest = await process.StandardError.ReadToEndAsync();
        stderr.AddRange(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        await process.WaitForExitAsync();
        await stdout;

        Assert.Equal(130, process.ExitCode);
        Assert.Equal("assessagent: cancelled", stderr[^1]);
        var tally = Assert.Single(stderr, line => line.StartsWith("» Imported ", StringComparison.Ordinal));
        Assert.DoesNotContain("Imported 0 assessments", tally, StringComparison.Ordinal);
        Assert.DoesNotContain(stderr, line => line.Contains("   at ", StringComparison.Ordinal));
        var cases = Directory.GetFiles(RepositoryPaths.EvalCases).Length;
        Assert.InRange((await _store.ListAllAsync()).Count, 1, cases - 1);
    }

    public void Dispose() => _store.Dispose();

    private static void Interrupt(Process process) => ShellTool.Run("kill", "-INT", process.Id.ToString(
        System.Globalization.CultureInfo.InvariantCulture));
}
