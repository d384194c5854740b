using Microsoft.Extensions.AI;

namespace AssessAgent.Tests.Store;

/// <summary>
/// A deterministic embedder for ranking tests: each word (lower-cased, a plural 's' dropped, common words left
/// out as a real model all but ignores them) lights one of 256 dimensions, so texts that share words point the same
/// way. It counts the texts it embedded so tests can see re-embedding.
/// </summary>
internal sealed class FakeEmbeddingGenerator(string modelId = "fake-words-256")
    : IEmbeddingGenerator<string, Embedding<float>>
{
    private const int Dimensions = 256;
    private int _textsEmbedded;

    public int TextsEmbedded => _textsEmbedded;

    public bool Fail { get; set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (Fail)
        {
            throw new HttpRequestException("The fake embedder was told to fail.");
        }

        var embeddings = values.Select(Embed).ToList();
        Interlocked.Add(ref _textsEmbedded, embeddings.Count);

        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(embeddings));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata)
            ? new EmbeddingGeneratorMetadata("fake", null, modelId, Dimensions)
            : null;

    public void Dispose()
    {
    }

    private static Embedding<float> Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (CommonWords.Contains(word))
            {
                continue;
            }

            var stem = word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
            vector[StableHash(stem) % Dimensions] += 1;
        }

        var length = MathF.Sqrt(vector.Sum(value => value * value));
        if (length > 0)
        {
            for (var index = 0; index < vector.Length; index++)
            {
                vector[index] /= length;
            }
        }

        return new Embedding<float>(vector);
    }

    private static readonly HashSet<string> CommonWords =
    [
        "a", "about", "an", "and", "at", "did", "do", "for", "how", "i", "in", "is", "it", "me", "of", "on", "the",
        "to", "we", "what", "who", "would", "you",
    ];

    private static readonly char[] Separators = [' ', ',', '.', '?', '!', ';', ':', '\n', '-', '(', ')', '"', '\''];

    private static int StableHash(string word)
    {
        var hash = 2166136261u;
        foreach (var character in word)
        {
            hash = (hash ^ character) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }
}
