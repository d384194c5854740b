using System.Text.Json;
using AssessAgent.Tests.Agent.FakeOllama;

namespace AssessAgent.Benchmarks.ModelPipeline;

/// <summary>
/// The <c>fake-ollama</c> mode: the fake Ollama server with the simulated model, in a process of its own so that
/// the CPU time the benchmark measures is the pipeline's alone. It prints its endpoint, then answers one line on
/// standard output for each command line on standard input: <c>delay on</c>, <c>delay off</c>, <c>reset</c>,
/// <c>calls</c> (the calls since the last reset, as one JSON array) and <c>quit</c>.
/// </summary>
public static class SimulatedModelServerProcess
{
    /// <summary>The first word of the line that announces the endpoint.</summary>
    public const string EndpointLine = "endpoint";

    public static async Task<int> RunAsync(TimeSpan perPromptToken, TimeSpan perCompletionToken)
    {
        // Every reply blocks a pool thread for its simulated time; without this the pool's slow growth would
        // add its own waits when several calls overlap.
        ThreadPool.SetMinThreads(32, 32);
        await using var server = await FakeOllamaServer.StartAsync();
        var model = new SimulatedModel(perPromptToken, perCompletionToken);
        model.Serve(server);
        Console.WriteLine($"{EndpointLine} {server.Endpoint}");

        while (await Console.In.ReadLineAsync() is { } command && command != "quit")
        {
            Console.WriteLine(Execute(model, command));
        }

        return 0;
    }

    private static string Execute(SimulatedModel model, string command)
    {
        switch (command)
        {
            case "delay on":
                model.Delaying = true;
                return "ok";
            case "delay off":
                model.Delaying = false;
                return "ok";
            case "reset":
                model.Reset();
                return "ok";
            case "calls":
                return JsonSerializer.Serialize(model.Calls);
            default:
                return $"error unknown command '{command}'";
        }
    }
}
