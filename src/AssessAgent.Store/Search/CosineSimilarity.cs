using System.Numerics.Tensors;

namespace AssessAgent.Store.Search;

/// <summary>The cosine similarity of two vectors of one model; 0 when either is all zeros.</summary>
internal static class CosineSimilarity
{
    public static double Of(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        if (left.Length != right.Length)
        {
            return 0;
        }

        var similarity = TensorPrimitives.CosineSimilarity(left, right);

        return float.IsNaN(similarity) ? 0 : similarity;
    }
}
