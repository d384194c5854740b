using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AssessAgent.Store.Chat;

/// <summary>Registers the chat about the stored assessments.</summary>
public static class StoreChatServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStoreChatFactory"/> and the <see cref="RetrievalAnswerer"/>. It needs the store
    /// (<c>AddAssessmentStore</c>) and the provider resolution and Ollama clients of <c>AddOllamaAssessment</c>.
    /// </summary>
    public static IServiceCollection AddAssessmentChat(this IServiceCollection services)
    {
        services.TryAddSingleton<RetrievalAnswerer>();
        services.TryAddSingleton<IStoreChatFactory, StoreChatFactory>();

        return services;
    }
}
