namespace AssessAgent.Reading.Common;

/// <summary>
/// The question marks of the scripts interviews are written in, so that an Arabic, Greek, Chinese or Armenian
/// question is seen as one just like an English one.
/// </summary>
internal static class QuestionMarks
{
    /// <summary>
    /// '?', the Arabic '؟' (U+061F), the Greek '&#x37E;' (U+037E), the full-width '？' (U+FF1F) and small '﹖'
    /// (U+FE56), the Armenian '՞' (U+055E), the Ethiopic '፧' (U+1367), the reversed '⸮' (U+2E2E), the interrobang
    /// '‽' and the doubled '⁇', '⁈' and '⁉'.
    /// </summary>
    public const string All = "?\u061F\u037E\uFF1F\uFE56\u055E\u1367\u2E2E\u203D\u2047\u2048\u2049";

    /// <summary>
    /// The same marks written for a regular expression's character class, where none of them needs escaping
    /// but '?', which is escaped anyway for readability.
    /// </summary>
    public const string RegexClass = @"\?\u061F\u037E\uFF1F\uFE56\u055E\u1367\u2E2E\u203D\u2047\u2048\u2049";

    private static readonly char[] Marks = All.ToCharArray();

    /// <summary>Whether the text has a question mark of any script.</summary>
    public static bool In(string text) => text.IndexOfAny(Marks) >= 0 || EndsGreekQuestion(text);

    /// <summary>Whether the character is a question mark of any script.</summary>
    public static bool Is(char character) => All.Contains(character);

    // Greek keyboards type the question mark as a plain semicolon (U+037E even normalizes to it), so in Greek
    // text a semicolon that ends a sentence asks something; in any other script it only joins clauses.
    private static bool EndsGreekQuestion(string text)
    {
        var trimmed = text.TrimEnd();
        var endsSentence = trimmed.EndsWith(';') || trimmed.Contains("; ", StringComparison.Ordinal);

        return endsSentence && trimmed.Any(IsGreekLetter);
    }

    private static bool IsGreekLetter(char character) =>
        (character is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF') && char.IsLetter(character);
}
