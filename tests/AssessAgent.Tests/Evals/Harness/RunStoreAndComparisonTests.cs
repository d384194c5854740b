using AssessAgent.Evals.Comparison;
using AssessAgent.Evals.Goldens;
using AssessAgent.Evals.Metrics;
using AssessAgent.Evals.Running;
using AssessAgent.Evals.Storage;
using AssessAgent.Tests.Evals.Harness.Fakes;

namespace AssessAgent.Tests.Evals.Harness;

public sealed class RunStoreAndComparisonTests
{
    [Fact]
    public async Task SaveThenLoad_RoundTripsMetricsCasesAndMetadata()
    {
        var store = new RunStore(HarnessFiles.NewScratchFolder());
        var run = await OracleRunAsync("v1", scoreShift: 0);

        var folder = store.Save(run);
        var loaded = store.Load(run.Metadata.RunId);

        Assert.True(File.Exists(Path.Combine(folder, RunStore.RunFileName)));
        Assert.Equal(run.Metrics, loaded.Metrics);
        Assert.Equal(run.Metadata.RunId, loaded.Metadata.RunId);
        Assert.Equal(run.Cases.Select(c => c.Questions.Count), loaded.Cases.Select(c => c.Questions.Count));
        Assert.Equal(run.Cases[0].Questions[0].AcceptedRelevance, loaded.Cases[0].Questions[0].AcceptedRelevance);
    }

    [Fact]
    public async Task Load_ByUniquePrefixOrLatest_FindsTheRun()
    {
        var store = new RunStore(HarnessFiles.NewScratchFolder());
        var older = await OracleRunAsync("v1", 0) is var first ? Renamed(first, "20260101-000000-v1") : null!;
        var newer = Renamed(first, "20260102-000000-v2");
        store.Save(older);
        store.Save(newer);

        Assert.Equal("20260101-000000-v1", store.Load("20260101").Metadata.RunId);
        Assert.Equal("20260102-000000-v2", store.Load("latest").Metadata.RunId);
        Assert.Equal(["20260101-000000-v1", "20260102-000000-v2"], store.ListIds());
    }

    [Fact]
    public void Load_UnknownOrAmbiguousRun_SaysSoInOneLine()
    {
        var store = new RunStore(HarnessFiles.NewScratchFolder());

        var error = Assert.Throws<EvalInputException>(() => store.Load("nope"));

        Assert.StartsWith("nope: no saved run by that id", error.Message);
    }

    [Fact]
    public void Load_FileThatIsNotARun_NamesFileAndPath()
    {
        var folder = HarnessFiles.NewScratchFolder();
        var path = Path.Combine(folder, "run.json");
        File.WriteAllText(path, "{\"metadata\": {\"runId\": 5}}");

        var error = Assert.Throws<EvalInputException>(() => new RunStore(folder).Load(path));

        Assert.StartsWith($"{path}: $.metadata.runId: not a saved eval run", error.Message);
    }

    [Fact]
    public async Task Compare_SavedRuns_ShowsBothValuesDifferenceAndMovedCases()
    {
        var store = new RunStore(HarnessFiles.NewScratchFolder());
        store.Save(Renamed(await OracleRunAsync("v1", scoreShift: 30), "20260101-000000-v1"));
        store.Save(Renamed(await OracleRunAsync("v2", scoreShift: 0), "20260102-000000-v2"));

        var comparison = RunComparison.Compare(store.Load("20260101"), store.Load("20260102"));

        var mae = comparison.Metrics.Single(change => change.Definition.Id == MetricCatalog.ScoreMae);
        Assert.True(mae.Baseline > 0);
        Assert.Equal(0, mae.Candidate);
        Assert.Equal(1, mae.Change);
        Assert.NotEmpty(comparison.Improved);
        Assert.Empty(comparison.Regressed);
        Assert.Contains(comparison.Improved.First().Details, detail => detail.Contains("became"));
    }

    [Fact]
    public async Task History_ThreeRuns_GivesSeriesTrendAndSparkline()
    {
        var runs = new[]
        {
            Renamed(await OracleRunAsync("a", 40), "20260101-000000-a"),
            Renamed(await OracleRunAsync("b", 20), "20260102-000000-b"),
            Renamed(await OracleRunAsync("c", 0), "20260103-000000-c"),
        };

        var history = RunHistory.Build(runs.Reverse().ToList());

        var mae = history.Series.Single(series => series.Definition.Id == MetricCatalog.ScoreMae);
        Assert.Equal(["a", "b", "c"], history.Runs.Select(run => run.Label));
        Assert.True(mae.Trend < 0);
        Assert.Equal('█', mae.Sparkline()[0]);
        Assert.Equal('▁', mae.Sparkline()[^1]);
    }

    private static async Task<EvalRun> OracleRunAsync(string label, int scoreShift)
    {
        var cases = AssessAgent.Evals.Cases.EvalCaseLoader.LoadAll(HarnessFiles.EvalsFolder, "02-strong-backend");
        var subject = EvalRunnerTests.Subject(label, new OracleAssessor(cases) { ScoreShift = scoreShift });

        return await EvalRunnerTests.CreateRunner().RunAsync(subject, cases, new EvalRunOptions { Invariance = false });
    }

    private static EvalRun Renamed(EvalRun run, string runId)
    {
        var startedAt = DateTimeOffset.ParseExact(runId[..15], "yyyyMMdd-HHmmss", null,
            System.Globalization.DateTimeStyles.AssumeUniversal);

        return run with { Metadata = run.Metadata with { RunId = runId, StartedAt = startedAt } };
    }
}
