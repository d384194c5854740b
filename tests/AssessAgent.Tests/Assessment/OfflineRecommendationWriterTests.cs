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

        Assert.True(sure.Recommendation.Confidence > unsure.Recommendation.Confidence,
            $"consistent {sure.Recommendation.Confidence}, scattered {unsure.Recommendation.Confidence}");

        // Both score in the Hire band; only the consistent one is sure enough to say so firmly.
        Assert.Equal(HiringDecision.Hire, sure.Recommendation.Decision);
        Assert.Equal(HiringDecision.LeanHire, unsure.Recommendation.Decision);
    }

    // Finding 8 of the fresh-user test: "Only 2 of 2 questions have an answer ... Find the missing answers" when
    // nothing is missing.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Write_TooFewQuestionsAllAnswered_SaysTooFewQuestionsNotMissingAnswers(int count)
    {
        var sections = Section([.. Enumerable.Range(0, count).Select(_ => Answer(80))]);

        var draft = await Write(sections, new TranscriptDiagnosis(false, 0, count, []));

        Assert.Equal(HiringDecision.Inconclusive, draft.Recommendation.Decision);
        Assert.Contains("fewer than the 3 a decision needs", draft.Recommendation.Reasoning, StringComparison.Ordinal);
        Assert.DoesNotContain("have an answer", draft.Recommendation.Reasoning, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Recommendation.NextSteps,
            step => step.Contains("missing", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Write_EnoughQuestionsTooFewAnswered_AsksForTheMissingAnswers()
    {
        var sections = Section(Answer(80), Answer(0, RelevanceLabel.NoAnswer), Answer(0, RelevanceLabel.NoAnswer));

        var draft = await Write(sections, new TranscriptDiagnosis(false, 0, 1, []));

        Assert.Contains(
            "Only 1 of 3 questions have an answer", draft.Recommendation.Reasoning, StringComparison.Ordinal);
        Assert.Contains(draft.Recommendation.NextSteps, step => step.Contains("missing", StringComparison.Ordinal));
    }

    // "1 answer do not address", "1 answer speak only in part": counts agree with their nouns and verbs.
    [Fact]
    public async Task Write_OneAnswerOfEachKind_FindingsAgreeInNumber()
    {
        var sections = Section(Answer(20, RelevanceLabel.OffTopic, "Tell me about yourself."),
            Answer(45, RelevanceLabel.PartlyRelevant), Answer(80), Answer(75), Answer(0, RelevanceLabel.NoAnswer));

        var draft = await Write(sections, new TranscriptDiagnosis(false, 1, 4, []));
        var text = string.Join(' ', draft.AreasForImprovement.Select(finding => finding.Detail))
            + " " + draft.ExecutiveSummary;

        Assert.Contains("1 answer misses the question asked", text, StringComparison.Ordinal);
        Assert.Contains("1 answer speaks only in part", text, StringComparison.Ordinal);
        Assert.Contains("1 question lacks an answer", text, StringComparison.Ordinal);
        Assert.Contains("2 answers miss the question asked in whole or in part", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b1 (answer|question)s?\s+(do|speak|have|miss|give|score)\b", text);
    }

    // "Areas for improvement: None identified" beside a question that lists an improvement.
    [Fact]
    public async Task Write_GoodAnswerWithAnImprovement_AreasForImprovementNameIt()
    {
        var gap = Answer(78) with
        {
            QuestionId = "technical-2",
            Improvements = [new Feedback("Does not cover cache invalidation.")],
        };
        var sections = Section(Answer(80), gap, Answer(82));

        var draft = await Write(sections, new TranscriptDiagnosis(false, 0, 3, []));

        var finding = Assert.Single(draft.AreasForImprovement);
        Assert.Equal(["q2"], finding.QuestionIds);
        Assert.Contains("does not cover cache invalidation", finding.Detail, StringComparison.Ordinal);
    }

    // Finding 17: "Hire (33% confidence)". A firm decision needs the decisive confidence; below it, it leans.
    [Theory]
    [InlineData(100, 40, 100, 60, 95, 90, HiringDecision.LeanHire)]
    [InlineData(0, 80, 0, 60, 0, 0, HiringDecision.LeanNoHire)]
    public async Task Write_DecisiveScoreAtLowConfidence_Leans(
        int a, int b, int c, int d, int e, int f, HiringDecision expected)
    {
        var sections = Section(Answer(a), Answer(b), Answer(c), Answer(d), Answer(e), Answer(f));

        var draft = await Write(sections, new TranscriptDiagnosis(false, 0, 6, []));

        Assert.True(draft.Recommendation.Confidence < new RecommendationOptions().DecisiveConfidence,
            $"confidence {draft.Recommendation.Confidence}");
        Assert.Equal(expected, draft.Recommendation.Decision);
    }

    [Theory]
    [InlineData(92, 88, 90, 91, 89, 90)]
    [InlineData(10, 12, 8, 11, 9, 10)]
    public async Task Write_DecisiveScoreAtHighConfidence_StaysDecisive(int a, int b, int c, int d, int e, int f)
    {
        var sections = Section(Answer(a), Answer(b), Answer(c), Answer(d), Answer(e), Answer(f));

        var draft = await Write(sections, new TranscriptDiagnosis(false, 0, 6, []));

        Assert.True(draft.Recommendation.Confidence >= new RecommendationOptions().DecisiveConfidence);
        Assert.Contains(draft.Recommendation.Decision, new[] { HiringDecision.StrongHire, HiringDecision.NoHire });
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
