using System.Diagnostics;

namespace AssessAgent.Tests.TestSupport;

/// <summary>
/// Runs the built <c>assessagent</c> executable as a separate process, the way a user does, and captures its
/// exit code, stdout and stderr.
/// </summary>
public static class CliProcess
{
    // A safety net for a hung process, not a measure of speed: the machine the tests run on may be very busy.
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(15);

    /// <summary>Runs the executable with a store in a temp folder of its own, deleted afterwards.</summary>
    public static async Task<CliResult> RunAsync(params string[] arguments)
    {
        var dataFolder = Directory.CreateTempSubdirectory("assessagent-cli-store-").FullName;
        try
        {
            return await RunWithStoreAsync(dataFolder, arguments);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    /// <summary>Runs the executable with its SQLite store in <paramref name="dataFolder"/>.</summary>
    public static Task<CliResult> RunWithStoreAsync(string dataFolder, params string[] arguments) =>
        RunWithStoreAsync(dataFolder, new Dictionary<string, string>(), null, arguments);

    /// <summary>
    /// Runs the executable with its SQLite store in <paramref name="dataFolder"/>, extra environment variables
    /// (which override the test defaults) and <paramref name="standardInput"/>, when given, on its stdin.
    /// </summary>
    public static async Task<CliResult> RunWithStoreAsync(
        string dataFolder,
        IReadOnlyDictionary<string, string> environment,
        string? standardInput,
        params string[] arguments)
    {
        using var process = Start(dataFolder, environment, arguments);
        // No terminal, as in a script or CI: the input ends after the given text, so nothing waits for more.
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(s_timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"assessagent {string.Join(' ', arguments)} ran over {s_timeout}.");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// Starts the executable as <see cref="RunWithStoreAsync(string, IReadOnlyDictionary{string, string}, string?,
    /// string[])"/> does, with stdin, stdout and stderr redirected, for a test that talks to it while it runs.
    /// </summary>
    public static Process Start(
        string dataFolder,
        IReadOnlyDictionary<string, string> environment,
        params string[] arguments)
    {
        // A test run started in the background by a shell without job control (as CI may start it) ignores
        // SIGINT, and its children inherit that; coreutils' env puts Ctrl+C back to what a terminal user has.
        var startInfo = new ProcessStartInfo("env")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        startInfo.ArgumentList.Add("--default-signal=INT");
        startInfo.ArgumentList.Add("dotnet");
        startInfo.ArgumentList.Add("exec");
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "assessagent.dll"));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Tests never reach a model server by accident, and never write into the user's store.
        startInfo.Environment["ASSESSAGENT_Assessment__Provider"] = "Offline";
        startInfo.Environment["ASSESSAGENT_Store__DataFolder"] = dataFolder;
        startInfo.Environment.Remove("ASSESSAGENT_Store__ConnectionString");
        startInfo.Environment.Remove("ASSESSAGENT_Store__Provider");
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        return Process.Start(startInfo)
            ?? throw new InvalidOperationException("Could not start the assessagent process.");
    }
}

/// <summary>What one run of the executable produced.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError);
