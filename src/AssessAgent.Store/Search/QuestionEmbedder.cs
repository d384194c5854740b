using System.Runtime.InteropServices;
using AssessAgent.Store.Sql;
using Microsoft.Extensions.AI;

namespace AssessAgent.Store.Search;

/// <summary>
/// Embeds questions, answers and feedback for search, and names the model that did it, so that vectors of
/// different models are never compared.
/// </summary>
internal sealed class QuestionEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator)
{
    /// <summary>
    /// The embedding model's name: the generator's model id, or its type's name when it reports none.
    /// </summary>
    public string Model { get; } =
        generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? generator.GetType().Name;

    public async Task<QuestionVectors> EmbedAsync(
        IEnumerable<QuestionTexts> questions,
        CancellationToken cancellationToken)
    {
        var items = questions
            .SelectMany(question => question.Texts.Select(text => (question.QuestionKey, text.Kind, text.Text)))
            .ToList();
        if (items.Count == 0)
        {
            return new QuestionVectors(Model, []);
        }

        var embeddings = await generator.GenerateAsync(
            items.Select(item => item.Text), cancellationToken: cancellationToken);

        var vectors = items
            .Zip(embeddings, (item, embedding) => new QuestionVector(
                item.QuestionKey, item.Kind, embedding.Vector.ToArray()))
            .ToList();

        return new QuestionVectors(Model, vectors);
    }

    public async Task<float[]> EmbedQueryAsync(string text, CancellationToken cancellationToken)
    {
        var embedding = await generator.GenerateAsync(text, cancellationToken: cancellationToken);

        return embedding.Vector.ToArray();
    }

    public static byte[] ToBytes(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    public static float[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();
}

/// <summary>The texts of one question to embed, keyed by its assessment and question ids.</summary>
internal sealed record QuestionTexts(QuestionKey QuestionKey, IReadOnlyList<(string Kind, string Text)> Texts);

/// <summary>A question's place in the store.</summary>
internal readonly record struct QuestionKey(string AssessmentId, string QuestionId);

/// <summary>One embedded text of a question.</summary>
internal sealed record QuestionVector(QuestionKey QuestionKey, string Kind, float[] Vector);

/// <summary>Embedded texts and the model that embedded them.</summary>
internal sealed record QuestionVectors(string Model, IReadOnlyList<QuestionVector> Vectors);
