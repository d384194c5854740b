namespace AssessAgent.Assessment.Offline;

/// <summary>
/// Tells an answer written mostly in a script other than the Latin alphabet, such as Arabic or Chinese. The
/// offline assessor's MiniLM model was trained on English: it embeds such text as noise, so a verdict on it would
/// be false. Accented Latin letters (Zoë, Đặng, São Paulo) are Latin and pass.
/// </summary>
internal static class AnswerScript
{
    /// <summary>The flag on an answer the offline assessor could not judge because of its language.</summary>
    public const string FlagKind = "language-not-assessed";

    // Names and tool names in Latin letters are common in any language; most of the letters must be non-Latin.
    private const double NonLatinShare = 0.5;

    private const int MinimumLetters = 3;

    /// <summary>
    /// The name of the script most of the answer's letters are written in, such as "Arabic", when it is not the
    /// Latin alphabet; null for a Latin-script answer or one with too few letters to tell.
    /// </summary>
    public static string? NonLatinScriptOf(string? answer)
    {
        var letters = (answer ?? string.Empty).Where(char.IsLetter).ToArray();
        if (letters.Length < MinimumLetters)
        {
            return null;
        }

        var nonLatin = letters.Where(letter => !IsLatin(letter)).ToArray();
        if (nonLatin.Length <= letters.Length * NonLatinShare)
        {
            return null;
        }

        return nonLatin.GroupBy(ScriptName).MaxBy(group => group.Count())!.Key;
    }

    // Basic Latin, Latin-1, Latin Extended-A and -B, IPA and Latin Extended Additional (Vietnamese).
    private static bool IsLatin(char letter) =>
        letter <= '\u024F' || letter is >= '\u0250' and <= '\u02AF' or >= '\u1E00' and <= '\u1EFF'
            or >= '\uFF21' and <= '\uFF5A';

    private static string ScriptName(char letter) => letter switch
    {
        >= '\u0370' and <= '\u03FF' => "Greek",
        >= '\u0400' and <= '\u052F' => "Cyrillic",
        >= '\u0530' and <= '\u058F' => "Armenian",
        >= '\u0590' and <= '\u05FF' => "Hebrew",
        >= '\u0600' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => "Arabic",
        >= '\u0900' and <= '\u0DFF' => "Indic",
        >= '\u0E00' and <= '\u0E7F' => "Thai",
        >= '\u10A0' and <= '\u10FF' => "Georgian",
        >= '\u3040' and <= '\u30FF' => "Japanese",
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => "Korean",
        >= '\u3400' and <= '\u9FFF' => "Chinese",
        _ => "non-Latin",
    };
}
