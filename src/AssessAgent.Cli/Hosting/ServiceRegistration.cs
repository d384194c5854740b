using AssessAgent.Agent.Hosting;
using AssessAgent.Assessment;
using AssessAgent.Evals;
using AssessAgent.Reading;
using AssessAgent.Reporting;
using AssessAgent.Store;
using AssessAgent.Store.Chat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Cli.Hosting;

/// <summary>Registers everything the commands use, in one place.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddAssessAgent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        // The offline assessor first: the language-model path wraps it and falls back on it.
        services.AddOfflineAssessment();
        services.AddOllamaAssessment(configuration);
        services.AddSingleton<IReportChecker, ReportChecker>();
        services.AddSingleton<TranscriptLoader>();
        services.AddSingleton<ProgressReporter>();
        services.AddEvals(configuration);
        // After the offline assessment, so that the store embeds with the same, already loaded MiniLM generator.
        services.AddAssessmentStore(configuration);
        services.AddAssessmentChat();

        return services;
    }
}
