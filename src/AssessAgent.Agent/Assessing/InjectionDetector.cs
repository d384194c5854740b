using System.Text.RegularExpressions;
using AssessAgent.Agent.Prompts;

namespace AssessAgent.Agent.Assessing;

/// <summary>
/// Recognises an answer that tries to instruct its assessor rather than answer the question: orders to ignore
/// instructions, demands for a score, notes posing as the system, and fake closing tags. The signals are names,
/// never the candidate's words, so that they can be logged and shown.
/// </summary>
public static partial class InjectionDetector
{
    /// <summary>The names of the signals found in <paramref name="answer"/>; empty when none.</summary>
    public static IReadOnlyList<string> Detect(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return [];
        }

        var signals = new List<string>();
        if (OverrideOrder().IsMatch(answer))
        {
            signals.Add("an order to ignore or replace the assessor's instructions");
        }

        if (ScoreDemand().IsMatch(answer))
        {
            signals.Add("a demand for a particular score");
        }

        if (AuthorityClaim().IsMatch(answer))
        {
            signals.Add("a note posing as the system, the interviewer or the assessor's operator");
        }

        if (PromptData.ContainsDataTag(answer))
        {
            signals.Add("a tag that imitates the prompt's data delimiters");
        }

        return signals;
    }

    [GeneratedRegex(
        @"\b(ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}" +
        @"\b(previous|prior|above|earlier|all|any|your|the)\b[^.!?\n]{0,40}" +
        @"\b(instructions?|prompts?|rules|guidelines|directions)\b|\bnew instructions\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverrideOrder();

    [GeneratedRegex(
        @"\b(give|assign|award|rate|score|mark|grade)\b[^.!?\n]{0,40}" +
        @"\b(100|hundred|full marks|maximum|max(imum)? score|perfect score|highest score|top score|excellent)\b" +
        @"|\bscore\s*[:=]\s*100\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreDemand();

    [GeneratedRegex(
        @"\b(trusted|system|admin(istrator)?|developer|operator)\s+(note|message|instruction|override|prompt)\b|" +
        @"\bnote to (the )?(assessor|grader|evaluator|reviewer|model|ai|llm)\b" +
        @"|\b(as|you are) an? (ai|language model)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorityClaim();
}
