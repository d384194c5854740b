using AssessAgent.Embeddings;
using Microsoft.Extensions.AI;

namespace AssessAgent.Evals.Metrics;

/// <summary>
/// Decides which golden themes a report's feedback covers, by meaning: a theme is covered when its sentence
/// embedding's cosine similarity with some feedback text reaches the threshold.
/// </summary>
/// <param name="generator">The embedding generator; the offline MiniLM one unless another is registered.</param>
/// <param name="threshold">The least cosine similarity that counts as covering a theme.</param>
public sealed class ThemeMatcher(IEmbeddingGenerator<string, Embedding<float>> generator, double threshold)
{
    public double Threshold => threshold;

    /// <summary>The themes no text covers, in the order given.</summary>
    public async Task<IReadOnlyList<string>> FindMissedAsync(
        IReadOnlyList<string> themes,
        IReadOnlyList<string> feedback,
        CancellationToken cancellationToken = default)
    {
        if (themes.Count == 0)
        {
            return [];
        }

        var texts = feedback.Where(text => !string.IsNullOrWhiteSpace(text)).Distinct().ToList();
        if (texts.Count == 0)
        {
            return themes;
        }

        var embeddings = await generator.GenerateAsync([.. themes, .. texts], cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var themeVectors = embeddings.Take(themes.Count).ToList();
        var textVectors = embeddings.Skip(themes.Count).ToList();

        return themes
            .Where((_, index) => !textVectors.Any(text =>
                VectorMath.Cosine(themeVectors[index].Vector.Span, text.Vector.Span) >= threshold))
            .ToList();
    }
}
