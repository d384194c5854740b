using AssessAgent.Evals.Gate;
using AssessAgent.Evals.Goldens;
using AssessAgent.Evals.Metrics;
using AssessAgent.Evals.Running;

namespace AssessAgent.Tests.Evals.Harness;

public sealed class EvalGateTests
{
    [Fact]
    public void Evaluate_EveryMetricWithinLimits_PassesWithExitCodeZero()
    {
        var run = Run((MetricCatalog.RelevanceAccuracy, 0.9), (MetricCatalog.ScoreMae, 4));
        var thresholds = Limits(
            (MetricCatalog.RelevanceAccuracy, new(Min: 0.8)), (MetricCatalog.ScoreMae, new(Max: 5)));

        var result = EvalGate.Evaluate(run, thresholds);

        Assert.True(result.Passed);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Evaluate_MetricBelowMinimum_FailsWithGateExitCodeAndSaysWhich()
    {
        var run = Run((MetricCatalog.RelevanceAccuracy, 0.71));

        var result = EvalGate.Evaluate(run, Limits((MetricCatalog.RelevanceAccuracy, new(Min: 0.8))));

        Assert.Equal(EvalExitCodes.GateFailed, result.ExitCode);
        Assert.Equal("Relevance accuracy 71.0% is below the minimum 80.0%", Assert.Single(result.Violations).Message);
    }

    [Fact]
    public void Evaluate_LowerIsBetterMetricAboveMaximum_Fails()
    {
        var result = EvalGate.Evaluate(
            Run((MetricCatalog.ScoreMae, 7.5)), Limits((MetricCatalog.ScoreMae, new(Max: 5))));

        Assert.Contains("above the maximum", Assert.Single(result.Violations).Message);
    }

    [Fact]
    public void Evaluate_DropAgainstBaselineBeyondDefaultMargin_Fails()
    {
        var baseline = Run((MetricCatalog.OffTopicRecall, 0.95));
        var candidate = Run((MetricCatalog.OffTopicRecall, 0.88));
        var thresholds = Limits((MetricCatalog.OffTopicRecall, new(Min: 0.5))) with { DefaultMaxDrop = 0.05 };

        var result = EvalGate.Evaluate(candidate, thresholds, baseline);

        Assert.Equal(EvalExitCodes.GateFailed, result.ExitCode);
        Assert.Contains("against the baseline", Assert.Single(result.Violations).Message);
    }

    [Fact]
    public void Evaluate_DropWithinMarginOrImprovement_Passes()
    {
        var baseline = Run((MetricCatalog.OffTopicRecall, 0.95), (MetricCatalog.ScoreMae, 6));
        var candidate = Run((MetricCatalog.OffTopicRecall, 0.92), (MetricCatalog.ScoreMae, 3));
        var thresholds = Limits((MetricCatalog.OffTopicRecall, new()), (MetricCatalog.ScoreMae, new(MaxDrop: 1))) with
        {
            DefaultMaxDrop = 0.05,
        };

        Assert.True(EvalGate.Evaluate(candidate, thresholds, baseline).Passed);
    }

    [Fact]
    public void Evaluate_LowerIsBetterMetricRisesBeyondItsMaxDrop_Fails()
    {
        var thresholds = Limits((MetricCatalog.ScoreMae, new(MaxDrop: 1)));

        var result = EvalGate.Evaluate(Run((MetricCatalog.ScoreMae, 8)), thresholds, Run((MetricCatalog.ScoreMae, 6)));

        Assert.False(result.Passed);
    }

    [Fact]
    public void Evaluate_UndefinedMetric_IsSkippedNotFailed()
    {
        var result = EvalGate.Evaluate(
            Run((MetricCatalog.HumanKappa, null)), Limits((MetricCatalog.HumanKappa, new(Min: 0.2))));

        Assert.True(result.Passed);
        Assert.Equal([MetricCatalog.HumanKappa], result.Skipped);
    }

    [Fact]
    public void Load_RepositoryThresholds_NamesOnlyKnownMetrics()
    {
        var thresholds = Thresholds.Load(Path.Combine(HarnessFiles.EvalsFolder, "thresholds.json"));

        Assert.NotEmpty(thresholds.Metrics);
    }

    [Fact]
    public void Load_UnknownMetric_NamesFileAndJsonPath()
    {
        var path = WriteThresholdsFile("{ \"metrics\": { \"relevanceAcuracy\": { \"min\": 0.8 } } }");

        var error = Assert.Throws<EvalInputException>(() => Thresholds.Load(path));

        Assert.StartsWith($"{path}: $.metrics.relevanceAcuracy: no such metric", error.Message);
    }

    [Fact]
    public void Load_WrongType_NamesFileAndJsonPath()
    {
        var path = WriteThresholdsFile("{ \"metrics\": { \"scoreMae\": { \"max\": \"five\" } } }");

        var error = Assert.Throws<EvalInputException>(() => Thresholds.Load(path));

        Assert.StartsWith($"{path}: $.metrics.scoreMae.max: ", error.Message);
    }

    private static EvalRun Run(params (string Id, double? Value)[] metrics) => new()
    {
        Metadata = new RunMetadata { RunId = "r", Label = "r", StartedAt = DateTimeOffset.UnixEpoch },
        Metrics = metrics.ToDictionary(metric => metric.Id, metric => metric.Value),
        Cases = [],
    };

    private static string WriteThresholdsFile(string json)
    {
        var path = Path.Combine(HarnessFiles.NewScratchFolder(), "thresholds.json");
        File.WriteAllText(path, json);

        return path;
    }

    private static Thresholds Limits(params (string Id, MetricThreshold Limit)[] limits) =>
        new() { Metrics = limits.ToDictionary(limit => limit.Id, limit => limit.Limit) };
}
