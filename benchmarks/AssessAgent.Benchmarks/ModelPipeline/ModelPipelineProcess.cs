using System.Diagnostics;
using AssessAgent.Agent.Configuration;
using AssessAgent.Agent.Hosting;
using AssessAgent.Assessment;
using AssessAgent.Benchmarks.Support;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Transcripts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssessAgent.Benchmarks.ModelPipeline;

/// <summary>
/// The language-model pipeline against the fake Ollama server with a simulated model speed: the wall time of one
/// report by question count, parallelism and call plan, set against the ideal (model time only, calls overlapping
/// perfectly up to the parallelism), with calls and tokens per report and our share of the wall time. Each
/// configuration assesses its transcript once to warm up (embeddings, prompts, connections) and then measures
/// a second report of the same transcript, so the offline embedding work is cached and the share left is the
/// pipeline's own. "By model" counts the answers the model's verdict was kept for; the answer guards hand the
/// rest back to the offline assessor, which the fake's fixed replies can provoke.
/// </summary>
public static class ModelPipelineProcess
{
    private static readonly TimeSpan PerPromptToken = TimeSpan.FromMilliseconds(0.5);
    private static readonly TimeSpan PerCompletionToken = TimeSpan.FromMilliseconds(5);

    private static readonly (int Questions, int Parallelism)[] Shapes =
        [(5, 2), (10, 1), (10, 2), (10, 4), (20, 2)];

    public static async Task<int> RunAsync()
    {
        // Blocking waits in the fake server would otherwise wait on the thread pool's slow growth under load.
        ThreadPool.SetMinThreads(32, 32);
        var samples = TranscriptSamples.FromEvalCases();
        await using var server = await FakeOllamaServer.StartAsync();
        var model = new SimulatedModel(PerPromptToken, PerCompletionToken);
        model.Serve(server);

        Console.WriteLine($"Simulated model: {PerPromptToken.TotalMilliseconds} ms per prompt token, "
            + $"{PerCompletionToken.TotalMilliseconds} ms per completion token; {Environment.ProcessorCount} cores");
        Console.WriteLine("| Plan | Questions | Parallelism | Wall | Ideal | By model | Model time | Calls | Prompt tokens "
            + "| Completion tokens | Our share | Load 1m |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");

        foreach (var plan in Enum.GetValues<AnswerCallPlan>())
        {
            foreach (var (questions, parallelism) in Shapes)
            {
                var row = await MeasureAsync(server, model, samples.Compose(questions), plan, parallelism);
                Console.WriteLine(row);
            }
        }

        return 0;
    }

    private static async Task<string> MeasureAsync(
        FakeOllamaServer server,
        SimulatedModel model,
        Transcript transcript,
        AnswerCallPlan plan,
        int parallelism)
    {
        await using var provider = BuildServices(server.Endpoint, plan, parallelism);
        var assessor = provider.GetRequiredService<IInterviewAssessor>();
        await assessor.AssessAsync(transcript);

        model.Reset();
        var started = Stopwatch.GetTimestamp();
        var report = await assessor.AssessAsync(transcript);
        var wall = Stopwatch.GetElapsedTime(started);
        var byModel = report.AllQuestions.Count(question => question.AssessedBy == OllamaQuestionAssessorName);

        var calls = model.Calls;
        var ideal = Ideal(calls, parallelism, transcript.AllQuestions.Count());
        var modelTime = TimeSpan.FromTicks(calls.Sum(call => call.ModelTime.Ticks));
        var share = Math.Max(0, (wall - ideal) / wall);

        return $"| {plan} | {transcript.AllQuestions.Count()} | {parallelism} | {Seconds(wall)} | {Seconds(ideal)} "
            + $"| {byModel} | {Seconds(modelTime)} | {calls.Count} | {calls.Sum(c => c.PromptTokens)} "
            + $"| {calls.Sum(c => c.CompletionTokens)} | {share:P1} | {LoadAverage.OneMinute()} |";
    }

    // Questions run as chains of calls, at most `parallelism` at once; the recommendation follows them all. The
    // ideal packs the chains into the slots with no gap (a lower bound when chains differ in length).
    private static TimeSpan Ideal(IReadOnlyList<ModelCall> calls, int parallelism, int questionCount)
    {
        var recommendation = calls.Where(call => call.Function == "WriteRecommendation")
            .Sum(call => call.ModelTime.Ticks);
        var questionTime = calls.Where(call => call.Function != "WriteRecommendation")
            .Sum(call => call.ModelTime.Ticks);
        var slots = Math.Min(parallelism, Math.Max(1, questionCount));

        return TimeSpan.FromTicks((questionTime / slots) + recommendation);
    }

    private const string OllamaQuestionAssessorName = AssessAgent.Agent.Assessing.OllamaQuestionAssessor.AssessorName;

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds:0.00} s";

    private static ServiceProvider BuildServices(Uri endpoint, AnswerCallPlan plan, int parallelism)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Assessment:Provider"] = "Ollama",
            ["Ollama:Endpoint"] = endpoint.ToString(),
            ["Ollama:MaxParallelism"] = parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Prompts:CallPlan"] = plan.ToString(),
        }).Build();

        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddOfflineAssessment();
        services.AddSingleton<IReportChecker, AssessAgent.Reporting.ReportChecker>();
        services.AddOllamaAssessment(configuration);

        return services.BuildServiceProvider();
    }
}
