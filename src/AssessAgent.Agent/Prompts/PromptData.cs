using System.Text.RegularExpressions;

namespace AssessAgent.Agent.Prompts;

/// <summary>
/// Makes candidate text safe to place between the prompts' data tags (<c>&lt;answer&gt;</c> and the like): any
/// opening or closing tag of those names inside the text gets its angle brackets replaced by look-alike
/// characters, so that the text cannot end its own data block and pose as instructions.
/// </summary>
public static partial class PromptData
{
    /// <summary>The tag names the prompts use around data.</summary>
    public static IReadOnlyList<string> TagNames { get; } =
    [
        "answer", "question", "rubric", "section", "position", "other_questions", "assessments", "diagnosis",
        "message", "system", "think",
    ];

    /// <summary>The text with every data tag neutralised; <see langword="null"/> becomes an empty string.</summary>
    public static string Neutralise(string? text) =>
        text is null ? "" : DataTag().Replace(text, match => $"\u2039{match.Groups["body"].Value}\u203A");

    /// <summary>Whether the text contains something shaped like one of the prompts' data tags.</summary>
    public static bool ContainsDataTag(string? text) => text is not null && DataTag().IsMatch(text);

    [GeneratedRegex(
        @"<\s*(?<body>/?\s*(?:answer|question|rubric|section|position|other_questions|assessments|diagnosis|message" +
        @"|system|think)\b[^<>]*)>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DataTag();
}
