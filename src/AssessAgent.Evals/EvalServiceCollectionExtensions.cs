using AssessAgent.Embeddings;
using AssessAgent.Evals.Caching;
using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Running;
using AssessAgent.LanguageModels;
using AssessAgent.Reading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AssessAgent.Evals;

/// <summary>Registers the eval harness.</summary>
public static class EvalServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the <c>Evals</c> and <c>Evals:Cache</c> settings; registers the runner, the case reader
    /// (the product's <see cref="TranscriptLoader"/>), the MiniLM embeddings for theme matching unless another
    /// generator is registered, and the response cache as an <see cref="IChatClientDecorator"/> that the agent
    /// puts in front of the model's chat client.
    /// </summary>
    public static IServiceCollection AddEvals(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<EvalRunOptions>().Bind(configuration.GetSection(EvalRunOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ResponseCacheOptions>().Bind(configuration.GetSection(ResponseCacheOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TranscriptLoader>();
        services.AddMiniLmEmbeddings();
        services.TryAddSingleton<ICaseTranscriptReader, TranscriptLoaderCaseReader>();
        services.TryAddSingleton<ResponseCacheStatistics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatClientDecorator, ResponseCacheDecorator>());
        services.TryAddSingleton<EvalRunner>();

        return services;
    }
}
