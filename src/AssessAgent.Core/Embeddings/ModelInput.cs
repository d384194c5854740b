namespace AssessAgent.Embeddings;

/// <summary>
/// The part of a text that can reach the MiniLM model. The package's tokenizer splits a text on spaces and
/// punctuation and keeps only its first <see cref="MaxModelTokens"/> pieces before it cuts words into sub-words, so
/// everything past the piece at that position never influences the vector. Cutting it off first gives the same
/// vector bit for bit and spares the tokenizer a text of any length, such as a pasted log of megabytes.
/// </summary>
internal static class ModelInput
{
    /// <summary>
    /// How many pieces the package's tokenizer keeps, the model's 512 positions: measured, a text of 511 words of
    /// one token each embeds exactly as the same text with 600 words, one of 500 words does not.
    /// </summary>
    public const int MaxModelTokens = 512;

    /// <summary>
    /// The text up to the space after its <see cref="MaxModelTokens"/>-th space-separated word that holds an ASCII
    /// letter or digit; the whole text when it has fewer.
    /// </summary>
    /// <remarks>
    /// Only words with an ASCII letter or digit are counted because such a word is sure to give the tokenizer at
    /// least one piece: ASCII passes its transliteration unchanged, while a word of other characters may vanish in
    /// it. Cutting at a space keeps every piece before the cut whole, since the tokenizer splits at spaces first.
    /// </remarks>
    public static string Of(string text)
    {
        var words = 0;
        var counted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ')
            {
                if (words >= MaxModelTokens)
                {
                    return text[..i];
                }

                counted = false;
            }
            else if (!counted && char.IsAsciiLetterOrDigit(text[i]))
            {
                counted = true;
                words++;
            }
        }

        return text;
    }
}
