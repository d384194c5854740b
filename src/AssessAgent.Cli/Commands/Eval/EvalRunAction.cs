using AssessAgent.Assessment;
using AssessAgent.Cli.Hosting;
using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Comparison;
using AssessAgent.Evals.Gate;
using AssessAgent.Evals.Output;
using AssessAgent.Evals.Running;
using AssessAgent.Evals.Storage;
using Spectre.Console;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssessAgent.Cli.Commands.Eval;

/// <summary>Runs the configuration under test, and the baseline when asked, then saves, reports and gates.</summary>
internal static class EvalRunAction
{
    public static async Task<int> RunAsync(
        IServiceProvider services,
        EvalRunRequest request,
        CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<EvalRunOptions>>().Value;
        var cases = EvalCaseLoader.LoadAll(options.Folder, options.Filter);
        var thresholds = Thresholds.Load(EvalPaths.Thresholds(options.Folder));

        EvalRun? baseline = null;
        if (request.BaselineSettings is { } baselineSettings)
        {
            // The baseline differs in its settings (prompt version, model), so it gets a host of its own.
            using var baselineHost = AgentHost.Build(baselineSettings, request.Verbose, cachesModelReplies: true);
            var label = EvalLabels.For(baselineSettings, "baseline");
            baseline = await RunOneAsync(
                baselineHost.Services, label, baselineSettings, cases, options, cancellationToken);
        }

        var candidateLabel = CandidateLabel(request.CandidateSettings, baseline);
        var candidate = await RunOneAsync(
            services, candidateLabel, request.CandidateSettings, cases, options, cancellationToken);

        return Finish(options.Folder, baseline, candidate, thresholds);
    }

    /// <summary>The label of the run under test, set apart from the baseline's when the two would match.</summary>
    private static string CandidateLabel(IReadOnlyDictionary<string, string?> settings, EvalRun? baseline)
    {
        var label = EvalLabels.For(settings, "current");

        return label == baseline?.Metadata.Label ? label + "-candidate" : label;
    }

    private static async Task<EvalRun> RunOneAsync(
        IServiceProvider services,
        string label,
        IReadOnlyDictionary<string, string?> settings,
        IReadOnlyList<EvalCase> cases,
        EvalRunOptions options,
        CancellationToken cancellationToken)
    {
        var subject = new EvalSubject(label, services.GetRequiredService<IInterviewAssessor>(), settings);
        var runner = services.GetRequiredService<EvalRunner>();

        return await EvalProgressBar.RunAsync(EvalConsoles.Progress, $"eval {label}",
            progress => runner.RunAsync(subject, cases, options, progress, cancellationToken));
    }

    private static int Finish(string evalsFolder, EvalRun? baseline, EvalRun candidate, Thresholds thresholds)
    {
        var store = new RunStore(EvalPaths.Results(evalsFolder));
        if (baseline is not null)
        {
            store.Save(baseline);
        }

        var folder = store.Save(candidate);
        var comparison = baseline is null ? null : RunComparison.Compare(baseline, candidate);
        var gate = EvalGate.Evaluate(candidate, thresholds, baseline);
        var htmlPath = Path.Combine(folder, "report.html");
        File.WriteAllText(htmlPath, HtmlEvalReport.Render(candidate, comparison, gate));

        if (comparison is null)
        {
            ConsoleEvalReport.WriteRun(EvalConsoles.Summary, candidate, gate);
        }
        else
        {
            ConsoleEvalReport.WriteComparison(EvalConsoles.Summary, comparison, gate);
        }

        EvalConsoles.Progress.MarkupLineInterpolated($"Saved {folder} (HTML report: {htmlPath})");

        return gate.ExitCode;
    }
}
