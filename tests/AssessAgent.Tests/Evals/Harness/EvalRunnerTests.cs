using AssessAgent.Assessment;
using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Invariance;
using AssessAgent.Evals.Metrics;
using AssessAgent.Evals.Running;
using AssessAgent.Reading;
using AssessAgent.Tests.Evals.Harness.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssessAgent.Tests.Evals.Harness;

public sealed class EvalRunnerTests
{
    private static readonly Lazy<IReadOnlyList<EvalCase>> Cases =
        new(() => EvalCaseLoader.LoadAll(HarnessFiles.EvalsFolder));

    // Cases in a format whose reader is not written yet fail with the reader's message, naming the case file.
    [Fact]
    public async Task RunAsync_AssessorThatAgreesWithEveryGolden_ScoresPerfectly()
    {
        var run = await RunAsync(new OracleAssessor(Cases.Value), new EvalRunOptions { Invariance = false });

        Assert.All(run.Cases.Where(result => result.Error is not null),
            failed => Assert.Contains(failed.Name, failed.Error));
        Assert.True(run.Metric(MetricCatalog.CasesFailed) < run.Cases.Count / 2.0);
        Assert.Equal(0, run.Metric(MetricCatalog.QuestionsUnmatched));
        Assert.Equal(1.0, run.Metric(MetricCatalog.RelevanceAccuracy));
        Assert.Equal(0.0, run.Metric(MetricCatalog.ScoreMae));
        Assert.Equal(1.0, run.Metric(MetricCatalog.RecommendationAgreement));
        Assert.True(
            run.Metric(MetricCatalog.ThemeRecall) == 1.0,
            string.Join("; ", run.Cases.SelectMany(c => c.Questions).SelectMany(q => q.ThemesMissed)));
        Assert.Equal(1.0, run.Metric(MetricCatalog.FlagAgreement));
        Assert.Equal(2.0, run.Metric(MetricCatalog.ModelCallsPerCase));
        Assert.Equal(Cases.Value.Count, run.Cases.Count);
    }

    [Fact]
    public async Task RunAsync_ScoresShiftedThirtyPoints_LosesRangeButKeepsRelevance()
    {
        var assessor = new OracleAssessor(Cases.Value) { ScoreShift = 30 };

        var run = await RunAsync(assessor, new EvalRunOptions { Invariance = false });

        Assert.Equal(1.0, run.Metric(MetricCatalog.RelevanceAccuracy));
        Assert.True(run.Metric(MetricCatalog.ScoreMae) > 5);
        Assert.True(run.Metric(MetricCatalog.ScoreWithinRange) < 0.5);
    }

    [Fact]
    public async Task RunAsync_BlindAssessor_BreaksNoInvarianceAndCountsThreeVariantsPerCase()
    {
        var assessor = new OracleAssessor(Cases.Value);

        var run = await RunAsync(assessor, new EvalRunOptions { Filter = "05-shifted-by-one" });

        var checks = Assert.Single(run.Cases).Invariance;
        Assert.Equal(
            [InvarianceKind.NameSwap, InvarianceKind.Reorder, InvarianceKind.Padding], checks.Select(c => c.Kind));
        Assert.Equal(0, run.Metric(MetricCatalog.InvarianceViolations));
        Assert.Equal(4, assessor.Calls);
    }

    [Fact]
    public async Task RunAsync_Repeat_ReportsSpreadAndLabelsStableCase()
    {
        var options = new EvalRunOptions { Filter = "02-strong-backend", Repeat = 3, Invariance = false };

        var run = await RunAsync(new OracleAssessor(Cases.Value), options);

        var stability = Assert.Single(run.Cases).Stability!;
        Assert.Equal(3, stability.Repeats);
        Assert.True(stability.Stable);
        Assert.All(stability.ScoreSpreads, spread => Assert.Equal(0, spread));
        Assert.Equal(0, run.Metric(MetricCatalog.FlakyCases));
    }

    [Fact]
    public async Task RunAsync_AssessorThrows_RecordsCaseAsFailedAndGoesOn()
    {
        var options = new EvalRunOptions { Filter = "05-shifted-by-one", Invariance = false };

        var run = await RunAsync(new ThrowingAssessor(), options);

        Assert.Equal("the model server went away", Assert.Single(run.Cases).Error);
        Assert.Equal(1, run.Metric(MetricCatalog.CasesFailed));
    }

    [Fact]
    public async Task RunAsync_Metadata_RecordsLabelSettingsAndOptions()
    {
        var subject = new EvalSubject("v2", new OracleAssessor(Cases.Value),
            new Dictionary<string, string?> { ["Prompts:Version"] = "v2" });

        var run = await CreateRunner().RunAsync(
            subject, Cases.Value.Take(1).ToList(), new EvalRunOptions { Invariance = false });

        Assert.EndsWith("-v2", run.Metadata.RunId);
        Assert.Equal("v2", run.Metadata.PromptVersion);
        Assert.Equal("oracle", run.Metadata.Assessor);
        Assert.Equal("1", run.Metadata.Options["repeat"]);
    }

    internal static EvalRunner CreateRunner() => new(
        new TranscriptLoaderCaseReader(new TranscriptLoader()),
        new WordEmbeddingGenerator(),
        TimeProvider.System,
        NullLogger<EvalRunner>.Instance);

    internal static Task<EvalRun> RunAsync(IInterviewAssessor assessor, EvalRunOptions options)
    {
        var cases = EvalCaseLoader.LoadAll(HarnessFiles.EvalsFolder, options.Filter);

        return CreateRunner().RunAsync(Subject(assessor.Name, assessor), cases, options);
    }

    /// <summary>A configuration under test with no settings of its own.</summary>
    internal static EvalSubject Subject(string label, IInterviewAssessor assessor) =>
        new(label, assessor, new Dictionary<string, string?>());

    private sealed class ThrowingAssessor : IInterviewAssessor
    {
        public string Name => "throwing";

        public Task<AssessmentReport> AssessAsync(
            AssessAgent.Transcripts.Transcript transcript,
            CancellationToken cancellationToken = default) =>
            throw new HttpRequestException("the model server went away");
    }
}
