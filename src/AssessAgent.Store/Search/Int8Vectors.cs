using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace AssessAgent.Store.Search;

/// <summary>
/// Vectors quantized to one signed byte per dimension (a quarter of a float's memory), and the integer dot product
/// that scores them. A stored vector's bytes are its values over its largest magnitude times 127; the query's
/// values are scaled to 16-bit integers, so the only error that matters is the stored side's rounding, below
/// 0.002 in cosine similarity for MiniLM's vectors. Search ranks by these and re-ranks its best candidates by
/// the exact vectors.
/// </summary>
internal static class Int8Vectors
{
    /// <summary>
    /// The query's largest magnitude maps here; 127 times it, summed over pairs, stays within 32 bits.
    /// </summary>
    private const int QueryRange = 16_383;

    /// <summary>
    /// Writes <paramref name="vector"/>'s codes into <paramref name="codes"/> and returns the factor that turns the
    /// integer dot product with a quantized query into a cosine: the code scale over the vector's length.
    /// </summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> codes)
    {
        var largest = TensorPrimitives.MaxMagnitude(vector);
        var length = TensorPrimitives.Norm(vector);
        if (largest == 0 || !float.IsFinite(largest) || !float.IsFinite(length))
        {
            codes.Clear();
            return 0;
        }

        var scale = largest / 127f;
        var inverse = 1 / scale;
        for (var dimension = 0; dimension < vector.Length; dimension++)
        {
            codes[dimension] = (sbyte)MathF.Round(vector[dimension] * inverse);
        }

        return scale / length;
    }

    /// <summary>The query as 16-bit integers, and the factor that turns a dot product into a cosine.</summary>
    public static float QuantizeQuery(ReadOnlySpan<float> query, Span<short> codes)
    {
        var largest = TensorPrimitives.MaxMagnitude(query);
        var length = TensorPrimitives.Norm(query);
        if (largest == 0 || !float.IsFinite(largest) || !float.IsFinite(length))
        {
            codes.Clear();
            return 0;
        }

        var scale = largest / QueryRange;
        for (var dimension = 0; dimension < query.Length; dimension++)
        {
            codes[dimension] = (short)Math.Round(query[dimension] / scale);
        }

        return scale / length;
    }

    /// <summary>The dot product of stored codes and query codes of the same length.</summary>
    public static int Dot(ReadOnlySpan<sbyte> codes, ReadOnlySpan<short> query)
    {
        ref var code = ref MemoryMarshal.GetReference(codes);
        ref var value = ref MemoryMarshal.GetReference(query);
        var index = 0;
        var sum = 0;

        // Widen 32 codes to 16 bits and multiply-add them in pairs into 32-bit lanes; AVX-512 first, then AVX2.
        if (Avx512BW.IsSupported && codes.Length >= 32)
        {
            var total = Vector512<int>.Zero;
            for (; index <= codes.Length - 32; index += 32)
            {
                var widened = Avx512BW.ConvertToVector512Int16(Vector256.LoadUnsafe(ref code, (nuint)index));
                var pairs = Avx512BW.MultiplyAddAdjacent(widened, Vector512.LoadUnsafe(ref value, (nuint)index));
                total = Avx512F.Add(total, pairs);
            }

            sum = Vector512.Sum(total);
        }
        else if (Avx2.IsSupported && codes.Length >= 16)
        {
            var total = Vector256<int>.Zero;
            for (; index <= codes.Length - 16; index += 16)
            {
                var widened = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref code, (nuint)index));
                var pairs = Avx2.MultiplyAddAdjacent(widened, Vector256.LoadUnsafe(ref value, (nuint)index));
                total = Avx2.Add(total, pairs);
            }

            sum = Vector256.Sum(total);
        }

        for (; index < codes.Length; index++)
        {
            sum += Unsafe.Add(ref code, index) * Unsafe.Add(ref value, index);
        }

        return sum;
    }
}
