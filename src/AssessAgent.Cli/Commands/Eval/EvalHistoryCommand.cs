using System.CommandLine;
using AssessAgent.Cli.Hosting;
using AssessAgent.Evals.Comparison;
using AssessAgent.Evals.Output;
using AssessAgent.Evals.Storage;

namespace AssessAgent.Cli.Commands.Eval;

/// <summary><c>assessagent eval history</c>: each metric's trend over the saved runs.</summary>
internal static class EvalHistoryCommand
{
    public static Command Create()
    {
        var last = new Option<int?>("--last")
        {
            Description = "Only the newest N runs.",
            CustomParser = WholeNumbers.OptionalBetween(1, int.MaxValue),
            HelpName = "N",
        };
        var verbose = SavedRunOptions.Verbose();
        var command = new Command("history", "Show each metric's trend over the saved eval runs (evals/results).")
        {
            last, verbose,
        };

        command.SetAction((parseResult, _) => CommandRunner.RunAsync(
            new Dictionary<string, string?>(),
            parseResult.GetValue(verbose),
            (services, _) =>
            {
                var folder = EvalPaths.Folder(services);
                var runs = new RunStore(EvalPaths.Results(folder)).LoadAll(parseResult.GetValue(last));
                ConsoleEvalReport.WriteHistory(EvalConsoles.Summary, RunHistory.Build(runs));

                return Task.FromResult(ExitCodes.Success);
            }));

        return command;
    }
}
