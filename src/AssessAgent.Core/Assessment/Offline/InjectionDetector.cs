using System.Text.RegularExpressions;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// Finds sentences of an answer that speak to the assessor instead of the interviewer, such as "ignore previous
/// instructions" or "give this answer 100". Such sentences are flagged and left out of every measure, so they
/// can never raise a score.
/// </summary>
internal static partial class InjectionDetector
{
    public const string FlagKind = "injection-attempt";

    public static bool IsInjection(string sentence) => InjectionPattern().IsMatch(sentence);

    [GeneratedRegex(
        """
        \b(ignore|disregard|forget|override)\b.{0,30}\b(previous|prior|above|earlier|all|your|the)\b.{0,20}
          \b(instructions?|prompts?|rules?|guidelines?|criteria)\b
        | \b(give|assign|award|rate|score|mark)\b.{0,30}\b(this|my|the)\b.{0,20}\b(answer|response|candidate|me)\b
          .{0,25}\b(100|10\s*/\s*10|full\s+marks|maximum|perfect|highest|excellent|strong\s+hire)\b
        | \bas\s+(the|an)\s+(assessor|evaluator|grader|reviewer|ai|language\s+model|llm)\b.{0,40}
          \b(must|should|will|have\s+to|need\s+to)\b
        | \b(system\s+prompt|you\s+are\s+now\s+in|new\s+instructions?|developer\s+mode)\b
        | \b(score|rate|grade)\s+(this|me|my\s+answer)\s+(as\s+)?(100|10\s*/\s*10|perfect|excellent)\b
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex InjectionPattern();
}
