using AssessAgent.Assessment;
using AssessAgent.Assessment.Offline;
using AssessAgent.Transcripts;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Assessment;

public sealed class OfflineRecommendationWriterTests
{
    private static readonly Transcript Transcript = new() { Candidate = "Sam Lee", Sections = [] };

    [Fact]
    public async Task Write_MisalignedLowScores_InconclusiveNeverNoHire()
    {
        var sections = Section(Answer(10, RelevanceLabel.OffTopic, "Tell me about yourself."),
            Answer(12, RelevanceLabel.OffTopic, "Design a URL shortener."), Answer(70, RelevanceLabel.Relevant));

        var draft = await Write(sections, new TranscriptDiagnosis(true, 2, 3, []));

        Assert.Equal(HiringDecision.Inconclusive, draft.Recommendation.Decision);
        Assert.Contains("misaligned", draft.Recommendation.Reasoning, StringComparison.Ordinal);
        Assert.Contains("no hiring decision should rest", draft.Recommendation.Reasoning, StringComparison.Ordinal);
        Assert.Contains(
            draft.Recommendation.NextSteps, step => step.Contains("Re-interview", StringComparison.Ordinal));
        Assert.Contains("Tell me about yourself.", draft.Recommendation.Reasoning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(92, 88, 90, HiringDecision.StrongHire)]
    [InlineData(75, 72, 78, HiringDecision.Hire)]
    [InlineData(10, 20, 15, HiringDecision.NoHire)]
    public async Task Write_CleanTranscript_DecisionFollowsScore(
        int first,
        int second,
        int third,
        HiringDecision expected)
    {
        var sections = Section(Answer(first), Answer(second), Answer(third));

        var draft = await Write(sections, new TranscriptDiagnosis(false, 0, 3, []));

        Assert.Equal(expected, draft.Recommendation.Decision);
    }

    // Reports are read by people: a decision is written in words ("lean no hire"), never as its enum name.
    [Theory]
    [InlineData(92, 88, 90)]
    [InlineData(75, 72, 78)]
    [InlineData(62, 60, 64)]
    [InlineData(50, 52, 48)]
    [InlineData(10, 20, 15)]
    public async Task Write_AnyDecision_SummaryAndReasoningNameItInWords(int first, int second, int third)
    {
        var sections = Section(Answer(first), Answer(second), Answer(third));

        var draft = await Write(sections, new TranscriptDiagnosis(false, 0, 3, []));

        foreach (var name in Enum.GetNames<HiringDecision>())
        {
            Assert.DoesNotContain(name, draft.ExecutiveSummary, StringComparison.Ordinal);
            Assert.DoesNotContain(name, draft.Recommendation.Reasoning, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(" %", draft.ExecutiveSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_NoStrongAnswer_SummaryClaimsNoStrength()
    {
        var sections = Section(Answer(30), Answer(35), Answer(40));

        var draft = await Write(sections, new TranscriptDiagnosis(false, 0, 3, []));

        Assert.Empty(draft.KeyStrengths);
        Assert.Contains("No answer stood out", draft.ExecutiveSummary, StringComparison.Ordinal);
        Assert.DoesNotContain("strong", draft.ExecutiveSummary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Write_OffTopicAnswersOnly_NoStrengthFromThem()
    {
        var sections = Section(Answer(25, RelevanceLabel.OffTopic), Answer(25, RelevanceLabel.OffTopic),
            Answer(80, RelevanceLabel.Relevant), Answer(20, RelevanceLabel.OffTopic));

        var draft = await Write(sections, new TranscriptDiagnosis(false, 3, 4, []));

        Assert.All(draft.KeyStrengths, finding => Assert.Equal(["q3"], finding.QuestionIds));
    }

    [Fact]
    public async Task Write_TooFewAnswers_Inconclusive()
    {
        var sections = Section(Answer(90), Answer(0, RelevanceLabel.NoAnswer), Answer(0, RelevanceLabel.NoAnswer));

        var draft = await Write(sections, new TranscriptDiagnosis(false, 0, 1, []));

        Assert.Equal(HiringDecision.Inconclusive, draft.Recommendation.Decision);
    }

    [Fact]
    public async Task Write_ConsistentEvidence_MoreConfidentThanScattered()
    {
        var consistent = Section(Answer(78), Answer(80), Answer(79), Answer(81), Answer(78), Answer(80));
        var scattered = Section(Answer(100), Answer(40), Answer(100), Answer(60), Answer(95), Answer(82));

        var sure = await Write(consistent, new TranscriptDiagnosis(false, 0, 6, []));
        var unsure = await Write(scattered, new TranscriptDiagnosis(false, 0, 6, []));

        Assert.Equal(sure.Recommendation.Decision, unsure.Recommendation.Decision);
        Assert.True(sure.Recommendation.Confidence > unsure.Recommendation.Confidence,
            $"consistent {sure.Recommendation.Confidence}, scattered {unsure.Recommendation.Confidence}");
    }

    private static Task<RecommendationDraft> Write(
        IReadOnlyList<SectionAssessment> sections,
        TranscriptDiagnosis diagnosis) =>
        new OfflineRecommendationWriter(Options.Create(new RecommendationOptions()))
            .WriteAsync(Transcript, sections, diagnosis);

    private static List<SectionAssessment> Section(params QuestionAssessment[] answers)
    {
        var numbered = answers.Select((answer, index) => answer with { QuestionId = $"q{index + 1}" }).ToArray();

        return [new SectionAssessment("Technical", SectionKind.Technical, 50, ScoreBand.Fair, numbered)];
    }

    private static QuestionAssessment Answer(
        int score,
        RelevanceLabel label = RelevanceLabel.Relevant,
        string? instead = null) =>
        new()
        {
            QuestionId = "q",
            Section = "Technical",
            Question = "How would you cache product pages?",
            Answer = label == RelevanceLabel.NoAnswer ? null : "An answer.",
            Relevance = new RelevanceVerdict(label, 0.5, "reason", instead),
            Score = score,
            Breakdown = new ScoreBreakdown(0.7, 0.7, 0.7, "test"),
            AssessedBy = "offline",
        };
}
