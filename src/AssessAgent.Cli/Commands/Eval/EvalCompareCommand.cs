using System.CommandLine;
using AssessAgent.Cli.Hosting;
using AssessAgent.Evals.Comparison;
using AssessAgent.Evals.Gate;
using AssessAgent.Evals.Output;
using AssessAgent.Evals.Storage;
using Spectre.Console;

namespace AssessAgent.Cli.Commands.Eval;

/// <summary>
/// <c>assessagent eval compare RUN_A RUN_B</c>: two saved runs side by side, without assessing again.
/// </summary>
internal static class EvalCompareCommand
{
    public static Command Create()
    {
        var baseline = new Argument<string>("RUN_A")
        {
            Description = "The baseline run: its id, a unique start of it, 'latest', or its folder.",
        };
        var candidate = new Argument<string>("RUN_B")
        {
            Description = "The run to compare with it, named the same ways.",
        };
        var verbose = SavedRunOptions.Verbose();
        var command = new Command("compare",
            "Compare two saved eval runs: each metric of both with the difference, and the cases that got better or " +
            "worse. Writes an HTML report beside RUN_B and exits 4 when RUN_B fails the gate against RUN_A.")
        {
            baseline, candidate, verbose,
        };

        command.SetAction((parseResult, _) => CommandRunner.RunAsync(
            new Dictionary<string, string?>(),
            parseResult.GetValue(verbose),
            (services, _) => Task.FromResult(Compare(services, parseResult.GetRequiredValue(baseline),
                parseResult.GetRequiredValue(candidate)))));

        return command;
    }

    private static int Compare(IServiceProvider services, string baselineReference, string candidateReference)
    {
        var folder = EvalPaths.Folder(services);
        var store = new RunStore(EvalPaths.Results(folder));
        var baseline = store.Load(baselineReference);
        var candidate = store.Load(candidateReference);

        var comparison = RunComparison.Compare(baseline, candidate);
        var gate = EvalGate.Evaluate(candidate, Thresholds.Load(EvalPaths.Thresholds(folder)), baseline);
        ConsoleEvalReport.WriteComparison(EvalConsoles.Summary, comparison, gate);

        var htmlPath = Path.Combine(
            store.FolderOf(candidate.Metadata.RunId),
            $"compare-{baseline.Metadata.RunId}.html");
        File.WriteAllText(htmlPath, HtmlEvalReport.Render(candidate, comparison, gate));
        EvalConsoles.Progress.MarkupLineInterpolated($"HTML report: {htmlPath}");

        return gate.ExitCode;
    }
}
