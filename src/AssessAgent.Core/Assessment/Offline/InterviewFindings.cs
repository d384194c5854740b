using System.Globalization;

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
                $"{Count(strong.Length, "answer")} scored Good or better, such as the answer to "
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
                $"{Count(answers.Count, "answer")} speak only in part to the question asked.");
        AddIfAny(findings, evidence.Answered.Where(answer => answer.Relevance.Label == RelevanceLabel.Relevant
                && answer.Score < options.WeaknessScore),
            "Key points missing", GapDetail);
        AddIfAny(findings, evidence.Answered.Where(answer => answer.Relevance.Label == RelevanceLabel.Relevant
                && answer.Breakdown is { Specificity: < VagueSpecificity }),
            "Vague or hedged answers", answers =>
                $"{Count(answers.Count, "answer")} on topic give little concrete detail: no numbers, named tools or "
                + "examples of the candidate's own work.");
        AddIfAny(findings, evidence.All.Where(answer => answer.Relevance.Label == RelevanceLabel.NoAnswer),
            "Unanswered questions", answers => $"{Count(answers.Count, "question")} have no answer.");

        return findings;
    }

    private static bool IsConcreteDetail(Feedback feedback) =>
        feedback.Text.StartsWith("Gives concrete detail", StringComparison.Ordinal) && feedback.Evidence is not null;

    private static string MissedDetail(IReadOnlyList<QuestionAssessment> answers)
    {
        var example = answers.FirstOrDefault(answer => answer.Relevance.AddressesInstead is not null);

        return $"{Count(answers.Count, "answer")} do not address the question asked" + (example is null
            ? "."
            : $"; the answer to \"{Quote.Short(example.Question, 60)}\", for example, addresses "
                + $"\"{Quote.Short(example.Relevance.AddressesInstead!, 60)}\".");
    }

    private static string GapDetail(IReadOnlyList<QuestionAssessment> answers)
    {
        var gap = answers.SelectMany(answer => answer.Improvements)
            .FirstOrDefault(feedback => feedback.Text.StartsWith("Does not cover", StringComparison.Ordinal));

        return $"{Count(answers.Count, "answer")} on topic score below Fair" + (gap is null ? "." : $"; {gap.Text}");
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

    private static string[] Ids(IEnumerable<QuestionAssessment> answers) =>
        answers.Select(answer => answer.QuestionId).ToArray();

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
