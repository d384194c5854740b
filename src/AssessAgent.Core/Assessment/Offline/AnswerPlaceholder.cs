using System.Text.RegularExpressions;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// Tells an answer that is only a transcriber's placeholder ("[inaudible]", "(crosstalk)", "...") from one the
/// candidate gave: such an answer records nothing that was said.
/// </summary>
internal static partial class AnswerPlaceholder
{
    public static bool IsOnlyPlaceholder(string answer) =>
        !string.IsNullOrWhiteSpace(answer) && PlaceholderOnly().IsMatch(answer);

    // Bracketed notes, ellipses, dashes and punctuation, and nothing else.
    [GeneratedRegex(@"^(?:\s|[.…,;:!?\-–—_*]|\[[^\]]*\]|\([^)]*\)|<[^>]*>)+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderOnly();
}
