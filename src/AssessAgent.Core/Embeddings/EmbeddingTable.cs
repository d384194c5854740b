using Microsoft.Extensions.AI;

namespace AssessAgent.Embeddings;

/// <summary>
/// The vectors of a set of texts, fetched from the generator in one call, and the cosine similarity between any
/// two of them. Building one table per transcript keeps every distinct text to a single embedding.
/// </summary>
internal sealed class EmbeddingTable
{
    private readonly Dictionary<string, ReadOnlyMemory<float>> _vectors;

    private EmbeddingTable(Dictionary<string, ReadOnlyMemory<float>> vectors) => _vectors = vectors;

    /// <param name="generator">Embeds the texts that <paramref name="known"/> does not hold.</param>
    /// <param name="texts">The texts to compare; empty ones are left out.</param>
    /// <param name="known">Vectors computed before by the same model, such as the shipped standard questions'.</param>
    /// <param name="cancellationToken">Cancels the embedding.</param>
    public static async Task<EmbeddingTable> BuildAsync(
        IEmbeddingGenerator<string, Embedding<float>> generator,
        IEnumerable<string> texts,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, ReadOnlyMemory<float>>? known = null)
    {
        var distinct = texts.Where(text => text.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var vectors = new Dictionary<string, ReadOnlyMemory<float>>(distinct.Length, StringComparer.Ordinal);
        var missing = new List<string>(distinct.Length);
        foreach (var text in distinct)
        {
            if (known is not null && known.TryGetValue(text, out var vector))
            {
                vectors[text] = vector;
            }
            else
            {
                missing.Add(text);
            }
        }

        if (missing.Count == 0)
        {
            return new EmbeddingTable(vectors);
        }

        var embeddings = await generator.GenerateAsync(missing, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        for (var i = 0; i < missing.Count; i++)
        {
            vectors[missing[i]] = embeddings[i].Vector;
        }

        return new EmbeddingTable(vectors);
    }

    /// <summary>The cosine similarity of two texts of the table, or 0 when either is empty.</summary>
    public double Similarity(string first, string second)
    {
        if (!_vectors.TryGetValue(first, out var a) || !_vectors.TryGetValue(second, out var b))
        {
            return 0;
        }

        return VectorMath.Cosine(a.Span, b.Span);
    }

    /// <summary>
    /// The highest similarity between <paramref name="text"/> and any of <paramref name="candidates"/>.
    /// </summary>
    public (double Similarity, string? Best) BestMatch(string text, IEnumerable<string> candidates)
    {
        var best = (Similarity: 0.0, Best: (string?)null);
        foreach (var candidate in candidates)
        {
            var similarity = Similarity(text, candidate);
            if (best.Best is null || similarity > best.Similarity)
            {
                best = (similarity, candidate);
            }
        }

        return best;
    }
}
