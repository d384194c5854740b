using AssessAgent.Assessment;
using AssessAgent.Embeddings;

namespace AssessAgent.Tests.Assessment;

public sealed class SeedPipelineTests
{
    private static readonly Lazy<Task<AssessmentReport>> Report =
        new(() => OfflinePipeline.Create().AssessAsync(SeedTranscript.Load()));

    [Theory]
    [InlineData("screening-1")]
    [InlineData("screening-2")]
    [InlineData("technical-1")]
    [InlineData("technical-2")]
    [InlineData("behavioral-1")]
    [InlineData("behavioral-2")]
    [InlineData("system-design-1")]
    public async Task Assess_SeedAnswerToAnotherQuestion_OffTopicPoorWithoutStrengths(string questionId)
    {
        var question = (await Report.Value).AllQuestions.Single(question => question.QuestionId == questionId);

        Assert.Equal(RelevanceLabel.OffTopic, question.Relevance.Label);
        Assert.InRange(question.Score, 0, 25);
        Assert.Empty(question.Strengths);
        Assert.Contains(question.Flags, flag => flag.Kind == "misaligned");
        Assert.Contains("instead", question.Improvements[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_SeedDatabaseScalingAnswer_AtBestPartlyRelevantAndAtMost50()
    {
        var question = (await Report.Value).AllQuestions.Single(question => question.QuestionId == "technical-3");

        Assert.NotEqual(RelevanceLabel.Relevant, question.Relevance.Label);
        Assert.InRange(question.Score, 0, 50);
    }

    [Fact]
    public async Task Assess_SeedWrapUpWithCandidateQuestions_RelevantAndScored()
    {
        var question = (await Report.Value).AllQuestions.Single(question => question.QuestionId == "wrap-up-1");

        Assert.Equal(RelevanceLabel.Relevant, question.Relevance.Label);
        Assert.InRange(question.Score, 60, 85);
        Assert.NotEmpty(question.Strengths);
    }

    [Fact]
    public async Task Assess_Seed_InconclusiveBecauseMisaligned()
    {
        var report = await Report.Value;

        Assert.True(report.Diagnosis.Misaligned);
        Assert.Equal(HiringDecision.Inconclusive, report.Recommendation.Decision);
        Assert.Contains("misaligned", report.Recommendation.Reasoning, StringComparison.Ordinal);
        Assert.Contains("no hiring decision", report.Recommendation.Reasoning, StringComparison.Ordinal);
        Assert.Contains(report.Recommendation.NextSteps, step => step.Contains("recording", StringComparison.Ordinal));
        Assert.Contains(
            report.Recommendation.NextSteps, step => step.Contains("Re-interview", StringComparison.Ordinal));
        Assert.Contains("misaligned", report.ExecutiveSummary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_Seed_StrengthsOnlyFromRelevantAnswers()
    {
        var report = await Report.Value;
        var relevant = report.AllQuestions.Where(question => question.Relevance.Label == RelevanceLabel.Relevant)
            .Select(question => question.QuestionId).ToHashSet();

        Assert.All(report.KeyStrengths, finding => Assert.Subset(relevant, finding.QuestionIds.ToHashSet()));
        Assert.Contains(report.AreasForImprovement, finding => finding.QuestionIds.Contains("technical-1"));
    }

    [Fact]
    public async Task Assess_SeedWithEarlierReport_StatesEachDisagreementAndBothRecommendations()
    {
        var comparison = (await Report.Value).PreviouslyReported;

        Assert.NotNull(comparison);
        Assert.Equal("Do Not Hire", comparison.Recommendation);
        Assert.Contains(
            comparison.Disagreements, line => line.Contains("earlier 76 (Good), now", StringComparison.Ordinal));
        Assert.Contains(comparison.Disagreements, line =>
            line.Contains("Do Not Hire", StringComparison.Ordinal)
            && line.Contains("Inconclusive", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assess_Seed_ProvenanceNamesAssessorEmbeddingModelAndClock()
    {
        var provenance = (await Report.Value).Provenance;

        Assert.Equal("offline", provenance.Assessor);
        Assert.Equal(MiniLmEmbeddingGenerator.ModelName, provenance.EmbeddingModel);
        Assert.Equal(OfflinePipeline.Now, provenance.GeneratedAt);
        Assert.False(string.IsNullOrWhiteSpace(provenance.ToolVersion));
    }

    [Fact]
    public async Task Assess_Seed_NotesDurationNotRecorded()
    {
        var notes = (await Report.Value).Diagnosis.Notes;

        Assert.Contains(notes, note => note.Contains("duration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assess_CheckerFindings_AttachedToTheReportItChecked()
    {
        var finding = new CheckerFinding("test-rule", "Something is wrong.");
        var checker = new FakeReportChecker(finding);

        var report = await OfflinePipeline.Create(checker).AssessAsync(SeedTranscript.Load());

        Assert.Equal([finding], report.CheckerFindings);
        Assert.NotNull(checker.Checked);
        Assert.Equal(report.ExecutiveSummary, checker.Checked.ExecutiveSummary);
    }
}
