using AssessAgent.Assessment;
using AssessAgent.Reporting;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssessAgent.Benchmarks.Support;

/// <summary>The offline assessor wired as the command line wires it, without logging output.</summary>
public static class OfflineServices
{
    /// <summary>
    /// A provider with the offline assessment, the report checker and a logger that drops everything.
    /// </summary>
    public static ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddOfflineAssessment();
        services.AddSingleton<IReportChecker, ReportChecker>();

        return services.BuildServiceProvider();
    }

    /// <summary>The process's embedding generator, as the assessor sees it.</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Embeddings(IServiceProvider provider) =>
        provider.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
}
