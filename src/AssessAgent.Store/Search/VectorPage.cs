namespace AssessAgent.Store.Search;

/// <summary>
/// A fixed block of vector slots in a <see cref="VectorIndex"/>: each slot's int8 codes, cosine factor, sign bits
/// and the question it belongs to (-1 when the slot is free). Blocks of a fixed size let the index grow without
/// copying gigabytes and let a search split its scan between cores.
/// </summary>
internal sealed class VectorPage(int dimensions)
{
    public const int Slots = 16_384;

    public int Dimensions { get; } = dimensions;

    /// <summary>How many 64-bit words one slot's sign bits take.</summary>
    public int SignWords { get; } = (dimensions + 63) / 64;

    public sbyte[] Codes { get; } = new sbyte[Slots * dimensions];

    public float[] Factors { get; } = new float[Slots];

    public ulong[] Signs { get; } = new ulong[Slots * ((dimensions + 63) / 64)];

    public int[] Questions { get; } = CreateFreeSlots();

    public ReadOnlySpan<sbyte> CodesOf(int slot) => Codes.AsSpan(slot * Dimensions, Dimensions);

    public ReadOnlySpan<ulong> SignsOf(int slot) => Signs.AsSpan(slot * SignWords, SignWords);

    /// <summary>The bytes the page holds, for reporting the index's memory.</summary>
    public long Bytes =>
        Codes.LongLength + (Factors.LongLength * 4) + (Signs.LongLength * 8) + (Questions.LongLength * 4);

    public void Write(int slot, ReadOnlySpan<float> vector, int question)
    {
        Factors[slot] = Int8Vectors.Quantize(vector, Codes.AsSpan(slot * Dimensions, Dimensions));
        SignBits.Write(vector, Signs.AsSpan(slot * SignWords, SignWords));
        Questions[slot] = question;
    }

    public void Free(int slot) => Questions[slot] = -1;

    private static int[] CreateFreeSlots()
    {
        var questions = new int[Slots];
        Array.Fill(questions, -1);

        return questions;
    }
}
