using AssessAgent.Assessment;
using AssessAgent.Benchmarks.Support;
using AssessAgent.Embeddings;
using AssessAgent.Evals;
using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Running;
using AssessAgent.Reporting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Benchmarks.Processes;

/// <summary>
/// The offline eval over every case, run once in a fresh process so that its peak working set can be measured
/// from outside; it prints how many texts the model embedded and how many encoders were built, which shows
/// whether the model was loaded once and shared.
/// </summary>
public static class OfflineEvalProcess
{
    public static async Task<int> RunAsync()
    {
        var configuration = new ConfigurationBuilder().Build();
        await using var provider = BuildServices(configuration);

        var options = new EvalRunOptions { Folder = Path.Combine(RepositoryPaths.Root, "evals"), Repeat = 1 };
        var cases = EvalCaseLoader.LoadAll(options.Folder);
        var subject = new EvalSubject("offline", provider.GetRequiredService<IInterviewAssessor>(),
            new Dictionary<string, string?>());
        var run = await provider.GetRequiredService<EvalRunner>().RunAsync(subject, cases, options);

        var generator = provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var encoded = (generator as MiniLmEmbeddingGenerator)?.EncodedTextCount;
        Console.WriteLine($"cases: {run.Cases.Count}, texts embedded: {encoded}, "
            + $"encoder loads: {MiniLmEmbeddingGenerator.EncoderLoadCount}");

        return 0;
    }

    private static ServiceProvider BuildServices(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddOfflineAssessment();
        services.AddSingleton<IReportChecker, ReportChecker>();
        services.AddEvals(configuration);

        return services.BuildServiceProvider();
    }
}
