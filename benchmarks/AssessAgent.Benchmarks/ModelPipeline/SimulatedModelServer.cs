using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace AssessAgent.Benchmarks.ModelPipeline;

/// <summary>
/// Starts this benchmark executable again in its <c>fake-ollama</c> mode (<see cref="SimulatedModelServerProcess"/>)
/// and drives it over its standard input and output.
/// </summary>
public sealed class SimulatedModelServer : IAsyncDisposable
{
    private readonly Process _process;

    private SimulatedModelServer(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    /// <summary>The fake server's base address.</summary>
    public Uri Endpoint { get; }

    public static async Task<SimulatedModelServer> StartAsync()
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // Under `dotnet run` the process is the app host; under `dotnet exec`, the host needs the assembly first.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add("fake-ollama");
        var process = Process.Start(start)!;
        var first = await process.StandardOutput.ReadLineAsync() ?? "";
        if (!first.StartsWith(SimulatedModelServerProcess.EndpointLine + " ", StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException($"The fake Ollama process did not start: '{first}'.");
        }

        var endpoint = first[(SimulatedModelServerProcess.EndpointLine.Length + 1)..];

        return new SimulatedModelServer(process, new Uri(endpoint));
    }

    /// <summary>Whether replies wait for the simulated model time.</summary>
    public Task SetDelayingAsync(bool delaying) => CommandAsync(delaying ? "delay on" : "delay off");

    /// <summary>Forgets the calls recorded so far.</summary>
    public Task ResetAsync() => CommandAsync("reset");

    /// <summary>The calls since the last <see cref="ResetAsync"/>.</summary>
    public async Task<IReadOnlyList<ModelCall>> CallsAsync() =>
        JsonSerializer.Deserialize<List<ModelCall>>(await CommandAsync("calls"))!;

    /// <summary>The CPU time the fake server's process has used so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();

            return _process.TotalProcessorTime;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.StandardInput.WriteLineAsync("quit");
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task<string> CommandAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        var reply = await _process.StandardOutput.ReadLineAsync()
            ?? throw new InvalidOperationException("The fake Ollama process ended.");

        return reply.StartsWith("error ", StringComparison.Ordinal)
            ? throw new InvalidOperationException(reply)
            : reply;
    }
}
