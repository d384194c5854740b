using AssessAgent.Assessment;
using AssessAgent.Evals.Goldens;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Evals.Harness;

// The case author's test types of the same names live in the enclosing namespace; these are the harness's.
using GoldenQuestion = AssessAgent.Evals.Goldens.GoldenQuestion;
using GoldenReport = AssessAgent.Evals.Goldens.GoldenReport;

/// <summary>Hand-made goldens and reports for the harness tests.</summary>
internal static class TestReports
{
    public static GoldenQuestion Question(
        string section,
        int position,
        string startsWith,
        RelevanceLabel relevance,
        int min,
        int max,
        string[]? strengthThemes = null,
        string[]? flags = null) =>
        new(section, position, startsWith, relevance, null, [min, max], ScoreBands.For((min + max) / 2),
            strengthThemes ?? [], [], flags ?? [], null, null, "A rationale for the test.");

    public static GoldenReport Golden(
        string caseName,
        HiringDecision[] recommendations,
        params GoldenQuestion[] questions) =>
        new(caseName, "A hand-made golden for a test.", null, null, [], recommendations, false, null, questions,
            null, null);

    /// <summary>A report with one assessment per golden question, in the golden's sections and order.</summary>
    public static AssessmentReport Report(
        GoldenReport golden,
        Func<GoldenQuestion, (RelevanceLabel Label, int Score)> verdict,
        HiringDecision decision,
        Func<GoldenQuestion, QuestionAssessment, QuestionAssessment>? adjust = null)
    {
        var sections = golden.Questions
            .GroupBy(question => question.Section)
            .Select(group => new SectionAssessment(group.Key, SectionKind.Other, 50, ScoreBand.Fair,
                group.Select(question =>
                {
                    var (label, score) = verdict(question);
                    var assessment = Assessment(
                        question.Section, question.Position, question.QuestionStartsWith, label, score);
                    return adjust is null ? assessment : adjust(question, assessment);
                }).ToList()))
            .ToList();

        return new AssessmentReport
        {
            Header = new ReportHeader(null, null, null, null, null, "test"),
            Sections = sections,
            ExecutiveSummary = "A summary.",
            Recommendation = new HiringRecommendation(decision, 0.8, "Because.", []),
            Provenance = new Provenance("test", null, null, null, null, DateTimeOffset.UnixEpoch, "0", []),
        };
    }

    public static QuestionAssessment Assessment(
        string section,
        int position,
        string question,
        RelevanceLabel label,
        int score) =>
        new()
        {
            QuestionId = $"{section.ToLowerInvariant()}-{position}",
            Section = section,
            Question = question + " and the rest of the question?",
            Answer = "An answer about caching with a time to live and invalidation on write.",
            Relevance = new RelevanceVerdict(label, 0.5, "A reason."),
            Score = score,
            AssessedBy = "test",
        };
}
