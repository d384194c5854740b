using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace AssessAgent.Tests.Evals.Harness.Fakes;

/// <summary>
/// A stand-in for the sentence-embedding model: each word of a text adds one to a dimension picked by the word's
/// hash, so texts that share words are similar and texts that share none are orthogonal.
/// </summary>
internal sealed partial class WordEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private const int Dimensions = 512;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var embeddings = values.Select(text => new Embedding<float>(Vectorize(text))).ToList();

        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(embeddings));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static float[] Vectorize(string text)
    {
        var vector = new float[Dimensions];
        foreach (Match word in Word().Matches(text.ToLowerInvariant()))
        {
            vector[(int)((uint)StableHash(word.Value) % Dimensions)] += 1;
        }

        return vector;
    }

    private static int StableHash(string word) =>
        word.Aggregate(17, (hash, character) => unchecked(hash * 31 + character));

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Word();
}
