using AssessAgent.Assessment.Offline;
using AssessAgent.Assessment.Pipeline;
using AssessAgent.Embeddings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AssessAgent.Assessment;

/// <summary>Registers the offline assessor: embeddings, relevance analysis, scoring and the recommendation.</summary>
public static class OfflineAssessmentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the offline assessment services: <see cref="IInterviewAssessor"/> as
    /// <see cref="InterviewAssessmentPipeline"/> over the offline analyzer, question assessor and recommendation
    /// writer. The pipeline also needs an <see cref="IReportChecker"/>, registered by the reporting services.
    /// Each seam is registered only when nothing else has been, so a language-model assessor registered before
    /// this call keeps its place and can fall back on the offline classes, which stay resolvable by their own
    /// types. Options bind to nothing here; callers that read
    /// configuration bind <see cref="RelevanceAnalyzerOptions"/>, <see cref="OfflineScoringOptions"/>,
    /// <see cref="RecommendationOptions"/> and <see cref="PipelineOptions"/> themselves.
    /// </summary>
    public static IServiceCollection AddOfflineAssessment(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddMiniLmEmbeddings();
        services.AddOptions<RelevanceAnalyzerOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OfflineScoringOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RecommendationOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PipelineOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<EmbeddingRelevanceAnalyzer>();
        services.TryAddSingleton<IRelevanceAnalyzer>(
            provider => provider.GetRequiredService<EmbeddingRelevanceAnalyzer>());
        services.TryAddSingleton<OfflineQuestionAssessor>();
        services.TryAddSingleton<IQuestionAssessor>(provider => provider.GetRequiredService<OfflineQuestionAssessor>());
        services.TryAddSingleton<OfflineRecommendationWriter>();
        services.TryAddSingleton<IRecommendationWriter>(
            provider => provider.GetRequiredService<OfflineRecommendationWriter>());
        services.TryAddSingleton<IInterviewAssessor, InterviewAssessmentPipeline>();

        return services;
    }
}
