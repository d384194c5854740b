using AssessAgent.Embeddings;
using Microsoft.Extensions.AI;

namespace AssessAgent.Benchmarks.Store;

/// <summary>
/// Hands the store the vectors a <see cref="GeneratedArchive"/> made for the interview being saved, under
/// MiniLM's model name, so that a store that later searches with the real MiniLM generator takes them as its own
/// and does not re-embed the archive.
/// </summary>
public sealed class PregeneratedEmbeddings : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata _metadata =
        new("generated", null, MiniLmEmbeddingGenerator.ModelName, MiniLmEmbeddingGenerator.Dimensions);

    /// <summary>The vectors of the interview being saved now, by text.</summary>
    public IReadOnlyDictionary<string, float[]> Current { get; set; } = new Dictionary<string, float[]>();

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var embeddings = values
            .Select(text => Current.TryGetValue(text, out var vector)
                ? new Embedding<float>(vector)
                : throw new InvalidOperationException("The generated archive has no vector for a text it saves."))
            .ToList();

        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(embeddings));
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
