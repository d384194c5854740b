using AssessAgent.Assessment.Offline;
using AssessAgent.Embeddings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AssessAgent.Assessment;

/// <summary>Registers the offline assessor: embeddings, relevance analysis, scoring and the recommendation.</summary>
public static class OfflineAssessmentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the offline assessment services. Each seam is registered only when nothing else has been, so a
    /// language-model assessor registered before this call keeps its place and can fall back on the offline
    /// classes, which stay resolvable by their own types.
    /// </summary>
    public static IServiceCollection AddOfflineAssessment(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddMiniLmEmbeddings();
        services.AddOptions<RelevanceAnalyzerOptions>().ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton<EmbeddingRelevanceAnalyzer>();
        services.TryAddSingleton<IRelevanceAnalyzer>(provider => provider.GetRequiredService<EmbeddingRelevanceAnalyzer>());

        return services;
    }
}
