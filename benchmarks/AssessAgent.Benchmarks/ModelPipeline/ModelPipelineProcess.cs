using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using AssessAgent.Agent.Configuration;
using AssessAgent.Agent.Hosting;
using AssessAgent.Assessment;
using AssessAgent.Benchmarks.Support;
using AssessAgent.Embeddings;
using AssessAgent.Transcripts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssessAgent.Benchmarks.ModelPipeline;

/// <summary>
/// The <c>model-pipeline</c> mode: the language-model pipeline against the fake Ollama server with a simulated model
/// speed, over a grid of call plans, question counts and parallelism. For each point it prints the wall time of
/// one report against the ideal (model time only, perfect overlap within the parallelism, plus the
/// recommendation), the calls and tokens per report, our share of the wall time and our CPU time per report, as a
/// Markdown table. Each point first assesses its transcript twice with the model answering at once (embeddings,
/// jitting, connections), then measures its runs; the figures are medians. The fake server runs in a process of
/// its own, so the CPU time is ours alone.
/// </summary>
public static class ModelPipelineProcess
{
    /// <summary>The simulated model's time per prompt token.</summary>
    public static readonly TimeSpan PerPromptToken = TimeSpan.FromMilliseconds(0.5);

    /// <summary>The simulated model's time per completion token.</summary>
    public static readonly TimeSpan PerCompletionToken = TimeSpan.FromMilliseconds(5);

    private const string OllamaAssessorName = AssessAgent.Agent.Assessing.OllamaQuestionAssessor.AssessorName;

    // Two, so that the tiered JIT has recompiled the hot paths before the first point is measured.
    private const int WarmUpReports = 2;

    private static readonly string[] FallbackFlags = ["model-fallback", "truncated", "context-overflow"];

    public static Task<int> RunAsync(string[] args)
    {
        var runs = new Option<int>("--runs")
        {
            Description = "Measured reports per point.",
            DefaultValueFactory = _ => 3,
        };
        var questions = ListOption<int>("--questions", "Question counts.", [5, 10, 20]);
        var parallelism = ListOption<int>("--parallelism", "Values of Ollama:MaxParallelism.", [1, 2, 4]);
        var plans = ListOption<AnswerCallPlan>(
            "--plans", "Call plans.", [AnswerCallPlan.Separate, AnswerCallPlan.Combined]);
        var newTexts = new Option<bool>("--new-texts")
        {
            Description = "Give every measured report text never embedded before, as a new transcript would be.",
        };
        var command = new RootCommand("The model pipeline against a fake Ollama with a simulated model speed.")
        {
            runs, questions, parallelism, plans, newTexts,
        };

        command.SetAction((parsed, _) =>
        {
            var grid = from plan in parsed.GetValue(plans)!
                       from count in parsed.GetValue(questions)!
                       from slots in parsed.GetValue(parallelism)!
                       select new GridPoint(plan, count, slots);

            return MeasureGridAsync([.. grid], parsed.GetValue(runs), parsed.GetValue(newTexts));
        });

        return command.Parse(args).InvokeAsync();
    }

    private static Option<T[]> ListOption<T>(string name, string description, T[] defaults) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => defaults,
    };

    private static async Task<int> MeasureGridAsync(IReadOnlyList<GridPoint> grid, int runs, bool newTexts)
    {
        var samples = TranscriptSamples.FromEvalCases();
        await using var server = await SimulatedModelServer.StartAsync();

        // One encoder and one embedding cache for every point, as one process assessing many reports would have.
        using var embeddings = new MiniLmEmbeddingGenerator();
        var measurements = new List<PipelineMeasurement>();

        WriteIntroduction(runs, newTexts);
        Console.WriteLine(PipelineMeasurement.TableHeader);
        foreach (var point in grid)
        {
            var measurement = await MeasureAsync(server, embeddings, samples, point, runs, newTexts);
            measurements.Add(measurement);
            Console.WriteLine(measurement.ToTableRow());
        }

        WriteFallbacks(measurements);
        Console.WriteLine($"Load average at the end: {LoadAverage.All()}");

        return 0;
    }

    private static void WriteIntroduction(int runs, bool newTexts)
    {
        Console.WriteLine($"Simulated model: {PerPromptToken.TotalMilliseconds} ms per prompt token, "
            + $"{PerCompletionToken.TotalMilliseconds} ms per completion token.");
        Console.WriteLine($"Machine: {MachineDescription.Processor()}, {Environment.ProcessorCount} cores; "
            + $"load average at the start: {LoadAverage.All()}.");
        Console.WriteLine($"Medians of {runs} reports per point"
            + (newTexts ? ", each with text never embedded before." : ", the transcript's text already embedded."));
        Console.WriteLine();
    }

    private static async Task<PipelineMeasurement> MeasureAsync(
        SimulatedModelServer server,
        MiniLmEmbeddingGenerator embeddings,
        TranscriptSamples samples,
        GridPoint point,
        int runs,
        bool newTexts)
    {
        await using var provider = BuildServices(server.Endpoint, embeddings, point);
        var assessor = provider.GetRequiredService<IInterviewAssessor>();
        await server.SetDelayingAsync(false);
        for (var warmUp = 0; warmUp < WarmUpReports; warmUp++)
        {
            await assessor.AssessAsync(samples.Compose(point.Questions));
        }

        await server.SetDelayingAsync(true);

        var walls = new List<TimeSpan>();
        var processorTimes = new List<TimeSpan>();
        AssessmentReport? report = null;
        IReadOnlyList<ModelCall> calls = [];
        for (var run = 1; run <= runs; run++)
        {
            var transcript = samples.Compose(point.Questions, newTexts ? NextVariant() : 0);
            await server.ResetAsync();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var started = Stopwatch.GetTimestamp();

            report = await assessor.AssessAsync(transcript);

            walls.Add(Stopwatch.GetElapsedTime(started));
            processorTimes.Add(Environment.CpuUsage.TotalTime - cpuBefore);
            calls = await server.CallsAsync();
        }

        var questions = report!.AllQuestions.ToArray();

        return new PipelineMeasurement(
            point,
            Median(walls),
            Median(processorTimes),
            calls,
            questions.Count(question => question.AssessedBy == OllamaAssessorName),
            questions.Count(question => !string.IsNullOrWhiteSpace(question.Answer)),
            Fallbacks(report),
            questions.SelectMany(question => question.Flags).Count(flag => flag.Kind == "evidence-dropped"),
            LoadAverage.OneMinute());
    }

    private static int _variant;

    // Variants after 0 suffix every text, so that the embedding cache has never seen it.
    private static int NextVariant() => Interlocked.Increment(ref _variant);

    private static List<string> Fallbacks(AssessmentReport report) =>
    [
        .. report.AllQuestions.SelectMany(question => question.Flags
            .Where(flag => FallbackFlags.Contains(flag.Kind))
            .Select(flag => $"{question.QuestionId}: {flag.Kind}: {flag.Message}")),
        .. report.Provenance.Notes.Where(note => note.Contains("offline recommendation", StringComparison.Ordinal)),
    ];

    private static void WriteFallbacks(IReadOnlyList<PipelineMeasurement> measurements)
    {
        Console.WriteLine();
        var total = measurements.Sum(measurement => measurement.Fallbacks.Count);
        var dropped = measurements.Sum(measurement => measurement.EvidenceDropped);
        Console.WriteLine($"Fallbacks to the offline assessor in the last report of each point: {total}; "
            + $"evidence quotes dropped: {dropped}.");
        foreach (var measurement in measurements.Where(measurement => measurement.Fallbacks.Count > 0))
        {
            foreach (var fallback in measurement.Fallbacks)
            {
                Console.WriteLine($"- {measurement.Point}: {fallback}");
            }
        }
    }

    private static TimeSpan Median(List<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();

        return sorted[sorted.Length / 2];
    }

    private static ServiceProvider BuildServices(
        Uri endpoint,
        MiniLmEmbeddingGenerator embeddings,
        GridPoint point)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Assessment:Provider"] = "Ollama",
            ["Ollama:Endpoint"] = endpoint.ToString(),
            ["Ollama:MaxParallelism"] = point.Parallelism.ToString(CultureInfo.InvariantCulture),
            ["Prompts:CallPlan"] = point.Plan.ToString(),
        }).Build();

        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);

        // Registered as instances, so that disposing one point's provider leaves the shared encoder alone.
        services.AddSingleton(embeddings);
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(embeddings);
        services.AddOfflineAssessment();
        services.AddSingleton<IReportChecker, AssessAgent.Reporting.ReportChecker>();
        services.AddOllamaAssessment(configuration);

        return services.BuildServiceProvider();
    }
}
