using System.Numerics.Tensors;

namespace AssessAgent.Embeddings;

/// <summary>Similarity between embedding vectors.</summary>
public static class VectorMath
{
    /// <summary>The cosine similarity of two vectors of the same length, between -1 and 1.</summary>
    public static double Cosine(ReadOnlySpan<float> first, ReadOnlySpan<float> second)
    {
        if (first.Length != second.Length)
        {
            throw new ArgumentException("Vectors to compare must have the same length.", nameof(second));
        }

        return first.Length == 0 ? 0 : TensorPrimitives.CosineSimilarity(first, second);
    }
}
