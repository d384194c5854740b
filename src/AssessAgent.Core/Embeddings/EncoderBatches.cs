namespace AssessAgent.Embeddings;

/// <summary>
/// Splits texts into the calls the MiniLM encoder gets. The encoder pads every text of a call to the longest one
/// and computes the padding like any other token, so texts are sorted by length and a call is closed once its
/// padded size would pass a budget: a long answer is encoded with few others, short phrases many at a time.
/// </summary>
internal static class EncoderBatches
{
    /// <summary>
    /// The padded size of one call, counted in characters (about four per token): the longest text times the
    /// number of texts.
    /// </summary>
    /// <remarks>
    /// 1,000 characters measured fastest on the eval cases' texts, 10 % below one text per call and 35 % below
    /// calls of 32 whatever their length (docs/PERFORMANCE.md); larger calls also make ONNX Runtime keep larger
    /// buffers for the rest of the process.
    /// </remarks>
    public const int PaddedCharacterBudget = 1_000;

    /// <summary>The most texts in one call, however short they are.</summary>
    public const int MaxTextsPerCall = 32;

    /// <summary>The texts in calls, shortest first; every text is in exactly one call.</summary>
    public static IEnumerable<string[]> Plan(IEnumerable<string> texts)
    {
        var call = new List<string>(MaxTextsPerCall);
        foreach (var text in texts.OrderBy(text => text.Length))
        {
            // Sorted ascending, so the text being added is the call's longest.
            var paddedSize = (call.Count + 1) * text.Length;
            if (call.Count > 0 && (paddedSize > PaddedCharacterBudget || call.Count == MaxTextsPerCall))
            {
                yield return [.. call];
                call.Clear();
            }

            call.Add(text);
        }

        if (call.Count > 0)
        {
            yield return [.. call];
        }
    }
}
