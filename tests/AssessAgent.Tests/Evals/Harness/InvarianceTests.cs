using AssessAgent.Assessment;
using AssessAgent.Evals.Invariance;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Evals.Harness;

public sealed class InvarianceTests
{
    private static readonly Transcript Interview = new()
    {
        Candidate = "Priya Raman",
        Sections =
        [
            new TranscriptSection("Screening", SectionKind.Screening,
            [
                Question("screening-1", "Tell me about yourself, Priya.",
                    "I am Priya Raman and I build payment systems."),
            ]),
            new TranscriptSection("Technical", SectionKind.Technical,
            [
                Question("technical-1", "How would you cache sessions?", "Redis with a time to live; Raman's rule."),
                Question("technical-2", "How do you test gRPC?", null),
            ]),
        ],
    };

    [Fact]
    public void SwapCandidateName_ReplacesFullAndPartNamesEverywhereAndKeepsIds()
    {
        var (variant, newName) = TranscriptVariants.SwapCandidateName(Interview)!.Value;

        var text = string.Join(" ", variant.AllQuestions.Select(question => question.Text + " " + question.Answer));
        Assert.Equal("Jordan Avery", newName);
        Assert.Equal(newName, variant.Candidate);
        Assert.DoesNotContain("Priya", text);
        Assert.DoesNotContain("Raman", text);
        Assert.Contains("I am Jordan Avery", text);
        Assert.Contains("Avery's rule", text);
        Assert.Equal(Interview.AllQuestions.Select(q => q.Id), variant.AllQuestions.Select(q => q.Id));
    }

    [Fact]
    public void SwapCandidateName_CandidateSharesAWordWithFirstReplacement_UsesAnother()
    {
        var (_, newName) = TranscriptVariants.SwapCandidateName(Interview with { Candidate = "Jordan Smith" })!.Value;

        Assert.Equal("Morgan Ellis", newName);
    }

    [Fact]
    public void SwapCandidateName_NoName_HasNoVariant()
    {
        Assert.Null(TranscriptVariants.SwapCandidateName(Interview with { Candidate = null }));
    }

    [Fact]
    public void Reorder_ReversesSectionsAndTheirQuestions()
    {
        var variant = TranscriptVariants.Reorder(Interview)!;

        Assert.Equal(["technical-2", "technical-1", "screening-1"], variant.AllQuestions.Select(q => q.Id));
    }

    [Fact]
    public void PadOneAnswer_PadsFirstAnsweredQuestionOnlyWithAtLeastItsLength()
    {
        var (variant, questionId) = TranscriptVariants.PadOneAnswer(Interview)!.Value;

        var original = Interview.AllQuestions.First();
        var padded = variant.AllQuestions.First();
        Assert.Equal("screening-1", questionId);
        Assert.StartsWith(original.Answer!, padded.Answer);
        Assert.True(padded.Answer!.Length >= 2 * original.Answer!.Length);
        Assert.Equal(Interview.AllQuestions.Skip(1), variant.AllQuestions.Skip(1));
    }

    [Fact]
    public void CompareScores_NameBiasedAssessor_ReportsEveryMovedScore()
    {
        var original = Report(("screening-1", 70), ("technical-1", 80));
        var renamed = Report(("screening-1", 70), ("technical-1", 74));

        var result = InvarianceChecker.CompareScores(
            InvarianceKind.NameSwap, "renamed", original, renamed, tolerance: 0);

        Assert.Equal(2, result.Checks);
        Assert.Equal("Technical technical-1: 80 became 74 (renamed)", Assert.Single(result.Violations));
    }

    [Fact]
    public void CompareScores_MoveWithinTolerance_IsNoViolation()
    {
        var original = Report(("technical-1", 80));
        var reordered = Report(("technical-1", 84));

        Assert.Empty(
            InvarianceChecker.CompareScores(InvarianceKind.Reorder, "reordered", original, reordered, 5).Violations);
    }

    [Fact]
    public void ComparePadded_ScoreRose_IsViolationButFallIsNot()
    {
        var original = Report(("screening-1", 60));

        var rose = InvarianceChecker.ComparePadded("screening-1", original, Report(("screening-1", 61)), tolerance: 0);
        var fell = InvarianceChecker.ComparePadded("screening-1", original, Report(("screening-1", 40)), tolerance: 0);

        Assert.Single(rose.Violations);
        Assert.Empty(fell.Violations);
    }

    private static InterviewQuestion Question(string id, string text, string? answer) =>
        new() { Id = id, Text = text, Answer = answer };

    private static AssessmentReport Report(params (string Id, int Score)[] scores)
    {
        var questions = scores
            .Select(score => TestReports.Assessment("Technical", 1, "Q", RelevanceLabel.Relevant, score.Score)
                with { QuestionId = score.Id })
            .ToList();

        return new AssessmentReport
        {
            Header = new ReportHeader(null, null, null, null, null, "test"),
            Sections = [new SectionAssessment("Technical", SectionKind.Technical, 50, ScoreBand.Fair, questions)],
            ExecutiveSummary = "Summary.",
            Recommendation = new HiringRecommendation(HiringDecision.Hire, 0.5, "Because.", []),
            Provenance = new Provenance("test", null, null, null, null, DateTimeOffset.UnixEpoch, "0", []),
        };
    }
}
