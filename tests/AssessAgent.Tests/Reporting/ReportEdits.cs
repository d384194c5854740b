using AssessAgent.Assessment;
using AssessAgent.Reporting;

namespace AssessAgent.Tests.Reporting;

/// <summary>Changes to a sample report for the checker tests, keeping what the test does not mean to break.</summary>
internal static class ReportEdits
{
    /// <summary>Changes one question and recomputes its section's score and band from the questions.</summary>
    public static AssessmentReport WithQuestion(
        this AssessmentReport report, string questionId, Func<QuestionAssessment, QuestionAssessment> change)
    {
        var sections = report.Sections.Select(section =>
        {
            if (section.Questions.All(question => question.QuestionId != questionId))
            {
                return section;
            }

            var questions = section.Questions
                .Select(question => question.QuestionId == questionId ? change(question) : question)
                .ToList();
            var score = ReportScores.WeightedMean(questions) ?? 0;

            var band = ScoreBands.For(Math.Clamp(score, 0, 100));

            return section with { Questions = questions, Score = score, Band = band };
        });

        return report with { Sections = [.. sections] };
    }

    /// <summary>Changes one section as given, without recomputing anything.</summary>
    public static AssessmentReport WithSection(
        this AssessmentReport report, int index, Func<SectionAssessment, SectionAssessment> change) =>
        report with
        {
            Sections = [.. report.Sections.Select((section, at) => at == index ? change(section) : section)],
        };

    public static AssessmentReport WithDecision(this AssessmentReport report, HiringDecision decision) =>
        report with { Recommendation = report.Recommendation with { Decision = decision } };
}
