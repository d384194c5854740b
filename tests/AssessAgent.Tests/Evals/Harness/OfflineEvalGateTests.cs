using AssessAgent.Assessment;
using AssessAgent.Evals;
using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Gate;
using AssessAgent.Evals.Metrics;
using AssessAgent.Evals.Running;
using AssessAgent.Reporting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Tests.Evals.Harness;

/// <summary>
/// The CI gate: the offline assessor (real transcript readers, real MiniLM embeddings) over every eval case, held
/// against evals/thresholds.json. A change that makes the offline assessor worse than the thresholds fails here.
/// </summary>
public sealed class OfflineEvalGateTests
{
    [Fact]
    public async Task OfflineAssessor_AllCases_PassesTheGate()
    {
        using var provider = BuildServices();
        var cases = EvalCaseLoader.LoadAll(HarnessFiles.EvalsFolder);
        var subject = new EvalSubject("offline", provider.GetRequiredService<IInterviewAssessor>(),
            new Dictionary<string, string?> { ["Assessment:Provider"] = "offline" });

        var run = await provider.GetRequiredService<EvalRunner>().RunAsync(subject, cases, new EvalRunOptions());
        var gate = EvalGate.Evaluate(run, Thresholds.Load(Path.Combine(HarnessFiles.EvalsFolder, "thresholds.json")));

        Assert.True(gate.Passed, "The offline eval fails the gate: "
            + string.Join("; ", gate.Violations.Select(v => v.Message))
            + Environment.NewLine + Describe(run));
    }

    private static ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder().Build();

        return new ServiceCollection()
            .AddLogging()
            .AddOfflineAssessment()
            .AddSingleton<IReportChecker, ReportChecker>()
            .AddEvals(configuration)
            .BuildServiceProvider();
    }

    // The measured figures, in the failure message, so that a failing gate shows what moved.
    private static string Describe(EvalRun run) => string.Join(Environment.NewLine, MetricCatalog.Headline
        .Select(definition => $"{definition.Id} = {definition.Format(run.Metric(definition.Id))}"));
}
