using AssessAgent.Reporting;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// The interview-wide strengths and areas for improvement, each tied to the questions whose answers show it.
/// Only answers that address their question can show a strength.
/// </summary>
internal static class InterviewFindings
{
    private const double VagueSpecificity = 0.35;

    public static IReadOnlyList<Finding> Strengths(InterviewEvidence evidence, RecommendationOptions options)
    {
        var onTopic = evidence.Answered.Where(answer => answer.Relevance.Label == RelevanceLabel.Relevant).ToArray();
        var findings = new List<Finding>();

        var strong = onTopic.Where(answer => answer.Score >= options.StrengthScore).ToArray();
        if (strong.Length > 0)
        {
            findings.Add(new Finding("Strong answers",
                $"{ReportText.Count(strong.Length, "answer")} scored Good or better, such as the answer to "
                + $"\"{Quote.Short(strong.MaxBy(answer => answer.Score)!.Question, 70)}\".", Ids(strong)));
        }

        var concrete = onTopic.Where(answer => answer.Score >= options.WeaknessScore)
            .Select(answer => (Answer: answer, Detail: answer.Strengths.FirstOrDefault(IsConcreteDetail)))
            .Where(item => item.Detail is not null)
            .ToArray();
        if (concrete.Length > 0)
        {
            findings.Add(new Finding("Concrete detail",
                $"Answers back their points with specifics, for example \"{concrete[0].Detail!.Evidence}\".",
                concrete.Select(item => item.Answer.QuestionId).ToArray()));
        }

        return findings;
    }

    public static IReadOnlyList<Finding> Improvements(InterviewEvidence evidence, RecommendationOptions options)
    {
        var findings = new List<Finding>();
        AddIfAny(findings, evidence.Answered.Where(answer => answer.Relevance.Label == RelevanceLabel.OffTopic),
            "Answers that miss their question", MissedDetail);
        AddIfAny(findings, evidence.Answered.Where(answer => answer.Relevance.Label == RelevanceLabel.PartlyRelevant),
            "Answers only partly on the question", answers =>
                $"{ReportText.CountAndVerb(answers.Count, "answer", "speak")} only in part to the question asked.");
        AddIfAny(findings, evidence.Answered.Where(answer => answer.Relevance.Label == RelevanceLabel.Relevant
                && answer.Score < options.WeaknessScore),
            "Key points missing", GapDetail);
        AddIfAny(findings, evidence.Answered.Where(answer => answer.Relevance.Label == RelevanceLabel.Relevant
                && answer.Breakdown is { Specificity: < VagueSpecificity }),
            "Vague or hedged answers", answers =>
                $"{ReportText.CountAndVerb(answers.Count, "answer", "give")} little concrete detail: no numbers, "
                + "named tools or "
                + "examples of the candidate's own work.");
        AddIfAny(findings, evidence.All.Where(answer => answer.Relevance.Label == RelevanceLabel.NoAnswer
                && !IsUnreadable(answer)),
            "Unanswered questions", answers =>
                $"{ReportText.CountAndVerb(answers.Count, "question", "lack")} an answer.");
        AddIfAny(findings, evidence.All.Where(IsUnreadable),
            "Answers in a language the offline assessor cannot read", answers =>
                $"{ReportText.CountAndVerb(answers.Count, "answer", "need")} a reader of their language.");
        AddIfAny(findings, PointsToDevelop(evidence, findings), "Points to develop", DevelopDetail);

        return findings;
    }

    /// <summary>Whether the offline assessor could not read the answer's language.</summary>
    public static bool IsUnreadable(QuestionAssessment answer) =>
        answer.Flags.Any(flag => flag.Kind == AnswerScript.FlagKind);

    private static bool IsConcreteDetail(Feedback feedback) =>
        feedback.Text.StartsWith("Gives concrete detail", StringComparison.Ordinal) && feedback.Evidence is not null;

    private static string MissedDetail(IReadOnlyList<QuestionAssessment> answers)
    {
        var example = answers.FirstOrDefault(answer => answer.Relevance.AddressesInstead is not null);

        return $"{ReportText.CountAndVerb(answers.Count, "answer", "miss")} the question asked" + (example is null
            ? "."
            : $"; the answer to \"{Quote.Short(example.Question, 60)}\", for example, addresses "
                + $"\"{Quote.Short(example.Relevance.AddressesInstead!, 60)}\".");
    }

    private static string GapDetail(IReadOnlyList<QuestionAssessment> answers)
    {
        var gap = answers.SelectMany(answer => answer.Improvements)
            .FirstOrDefault(feedback => feedback.Text.StartsWith("Does not cover", StringComparison.Ordinal));

        return $"{ReportText.CountAndVerb(answers.Count, "answer", "score")} below Fair though on topic"
            + (gap is null ? "." : $"; {gap.Text}");
    }

    private static void AddIfAny(
        List<Finding> findings,
        IEnumerable<QuestionAssessment> answers,
        string title,
        Func<IReadOnlyList<QuestionAssessment>, string> detail)
    {
        var list = answers.ToArray();
        if (list.Length > 0)
        {
            findings.Add(new Finding(title, detail(list), Ids(list)));
        }
    }

    // Answers that no finding above names but whose own feedback lists an improvement, so that the areas for
    // improvement never read "none" beside a question that lists one.
    private static IEnumerable<QuestionAssessment> PointsToDevelop(InterviewEvidence evidence, List<Finding> findings)
    {
        var named = findings.SelectMany(finding => finding.QuestionIds).ToHashSet(StringComparer.Ordinal);

        return evidence.Answered.Where(answer => answer.Improvements.Count > 0 && !named.Contains(answer.QuestionId));
    }

    private static string DevelopDetail(IReadOnlyList<QuestionAssessment> answers)
    {
        var first = answers[0];

        return $"{ReportText.CountAndVerb(answers.Count, "answer", "leave")} something to develop; the answer to "
            + $"\"{Quote.Short(first.Question, 60)}\", for example: {LowerFirst(first.Improvements[0].Text)}";
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;

    private static string[] Ids(IEnumerable<QuestionAssessment> answers) =>
        answers.Select(answer => answer.QuestionId).ToArray();
}
