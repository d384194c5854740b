using AssessAgent.Assessment;
using AssessAgent.Evals.Matching;

namespace AssessAgent.Tests.Evals.Harness;

// The case author's test types of the same names live in the enclosing namespace; these are the harness's.
using GoldenQuestion = AssessAgent.Evals.Goldens.GoldenQuestion;
using GoldenReport = AssessAgent.Evals.Goldens.GoldenReport;

public sealed class QuestionMatcherTests
{
    [Fact]
    public void Match_SectionNamesDifferInCaseAndSpacing_MatchesByPosition()
    {
        var golden = TestReports.Golden("01-a.json", [HiringDecision.Hire],
            TestReports.Question("System Design", 1, "Design a URL shortener", RelevanceLabel.Relevant, 60, 80));
        var report = TestReports.Report(
            golden with { Questions = [golden.Questions[0] with { Section = "system_design" }] },
            _ => (RelevanceLabel.Relevant, 70), HiringDecision.Hire);

        var match = Assert.Single(QuestionMatcher.Match(golden, report));

        Assert.True(match.IsMatched);
        Assert.Null(match.Problem);
    }

    [Fact]
    public void Match_PositionHoldsAnotherQuestion_FindsItByTextAndSaysSo()
    {
        var golden = TestReports.Golden("01-a.json", [HiringDecision.Hire],
            TestReports.Question("Technical", 1, "Explain  indexes", RelevanceLabel.Relevant, 60, 80),
            TestReports.Question("Technical", 2, "How do you test", RelevanceLabel.Relevant, 60, 80));
        var swapped = golden with
        {
            Questions = [golden.Questions[1] with { Position = 1 }, golden.Questions[0] with { Position = 2 }],
        };
        var report = TestReports.Report(swapped, _ => (RelevanceLabel.Relevant, 70), HiringDecision.Hire);

        var matches = QuestionMatcher.Match(golden, report);

        Assert.All(matches, match => Assert.True(match.IsMatched));
        Assert.StartsWith("explain indexes", matches[0].Actual!.Question.ToLowerInvariant().Replace("  ", " "));
        Assert.Contains("matched by text", matches[0].Problem);
    }

    [Fact]
    public void Match_QuestionAbsent_IsUnmatchedWithReason()
    {
        var golden = TestReports.Golden("01-a.json", [HiringDecision.Hire],
            TestReports.Question("Technical", 1, "Explain indexes", RelevanceLabel.Relevant, 60, 80),
            TestReports.Question("Wrap Up", 1, "Do you have questions", RelevanceLabel.Relevant, 60, 80));
        var report = TestReports.Report(golden with { Questions = [golden.Questions[0]] },
            _ => (RelevanceLabel.Relevant, 70), HiringDecision.Hire);

        var missing = QuestionMatcher.Match(golden, report)[1];

        Assert.False(missing.IsMatched);
        Assert.Contains("no section \"Wrap Up\"", missing.Problem);
    }

    [Theory]
    [InlineData("System Design", "systemdesign")]
    [InlineData("wrap-up", "wrapup")]
    [InlineData("Wrap_Up", "wrapup")]
    public void NormalizeSectionName_IgnoresCaseSpacesHyphensUnderscores(string name, string expected)
    {
        Assert.Equal(expected, QuestionMatcher.NormalizeSectionName(name));
    }
}
