using System.Numerics;

namespace AssessAgent.Store.Search;

/// <summary>
/// One bit per dimension, set where the value is positive: 48 bytes for a 384-dimension vector. The number of
/// differing bits tracks the angle between two vectors, which makes it a cheap first pass over millions of vectors
/// before the int8 codes score the closest few thousand.
/// </summary>
internal static class SignBits
{
    public static void Write(ReadOnlySpan<float> vector, Span<ulong> bits)
    {
        bits.Clear();
        for (var dimension = 0; dimension < vector.Length; dimension++)
        {
            if (vector[dimension] > 0)
            {
                bits[dimension / 64] |= 1UL << (dimension % 64);
            }
        }
    }

    /// <summary>How many bits differ.</summary>
    public static int Distance(ReadOnlySpan<ulong> left, ReadOnlySpan<ulong> right)
    {
        var distance = 0;
        for (var word = 0; word < left.Length; word++)
        {
            distance += BitOperations.PopCount(left[word] ^ right[word]);
        }

        return distance;
    }
}
