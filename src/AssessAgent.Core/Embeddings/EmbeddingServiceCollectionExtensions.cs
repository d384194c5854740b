using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AssessAgent.Embeddings;

/// <summary>Registers the sentence-embedding generator the offline assessor works with.</summary>
public static class EmbeddingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MiniLmEmbeddingGenerator"/> as the process's one
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>, unless a generator is registered already, so that
    /// registering another one (such as Ollama's) first replaces it.
    /// </summary>
    public static IServiceCollection AddMiniLmEmbeddings(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton<MiniLmEmbeddingGenerator>();
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(
            provider => provider.GetRequiredService<MiniLmEmbeddingGenerator>());

        return services;
    }
}
