using System.Text.RegularExpressions;
using AssessAgent.Assessment;
using AssessAgent.Evals.Goldens;

namespace AssessAgent.Evals.Matching;

/// <summary>
/// Pairs a golden's questions with a report's by section name and position, then checks the question's first
/// words. When the place holds another question (a reader split or merged one), the question is looked up by
/// its first words across the report instead, and the match carries a note saying so.
/// </summary>
public static partial class QuestionMatcher
{
    public static IReadOnlyList<QuestionMatch> Match(GoldenReport golden, AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(golden);
        ArgumentNullException.ThrowIfNull(report);

        return golden.Questions.Select((question, index) => MatchOne(index, question, report)).ToList();
    }

    /// <summary>
    /// A section name without case, spaces, hyphens and underscores: <c>System Design</c> is <c>systemdesign</c>.
    /// </summary>
    public static string NormalizeSectionName(string name) =>
        SectionNameNoise().Replace(name, "").ToLowerInvariant();

    /// <summary>
    /// Whether <paramref name="question"/> starts with <paramref name="startsWith"/>, ignoring case and white
    /// space runs.
    /// </summary>
    public static bool StartsWith(string question, string startsWith) =>
        NormalizeText(question).StartsWith(NormalizeText(startsWith), StringComparison.Ordinal);

    private static QuestionMatch MatchOne(int index, GoldenQuestion golden, AssessmentReport report)
    {
        var section = report.Sections.FirstOrDefault(candidate =>
            NormalizeSectionName(candidate.Name) == NormalizeSectionName(golden.Section));
        var atPosition = section is not null && golden.Position <= section.Questions.Count
            ? section.Questions[golden.Position - 1]
            : null;

        if (atPosition is not null && StartsWith(atPosition.Question, golden.QuestionStartsWith))
        {
            return new QuestionMatch(index, golden, atPosition, null);
        }

        var byText = report.AllQuestions.FirstOrDefault(actual =>
            StartsWith(actual.Question, golden.QuestionStartsWith));
        var where = section is null ? $"the report has no section \"{golden.Section}\"" :
            atPosition is null ? $"section \"{section.Name}\" has only {section.Questions.Count} question(s)" :
            $"position {golden.Position} holds \"{Shorten(atPosition.Question)}\"";

        var problem = $"{golden.Describe()}: {where}; " +
            (byText is not null ? $"matched by text in {byText.Section}" : "no question starts so");

        return new QuestionMatch(index, golden, byText, problem);
    }

    private static string NormalizeText(string text) => WhiteSpaceRun().Replace(text.Trim(), " ").ToLowerInvariant();

    private static string Shorten(string text) => text.Length <= 50 ? text : text[..50] + "...";

    [GeneratedRegex(@"[\s\-_]+")]
    private static partial Regex SectionNameNoise();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRun();
}
