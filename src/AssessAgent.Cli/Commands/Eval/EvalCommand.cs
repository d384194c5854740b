using System.CommandLine;
using AssessAgent.Cli.Hosting;

namespace AssessAgent.Cli.Commands.Eval;

/// <summary>
/// <c>assessagent eval</c>: runs the assessor over the eval cases and scores it against the goldens; with
/// <c>--baseline</c> runs a second configuration and shows both side by side. <c>eval compare</c> and
/// <c>eval history</c> read saved runs without assessing again.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var options = new EvalRunCommandOptions();
        var command = new Command("eval",
            "Run the assessor over the eval cases (evals/cases), score it against the goldens, save the run under " +
            "evals/results and check it against evals/thresholds.json. Exits 4 when the gate fails.");
        options.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(
            options.CandidateSettings(parseResult),
            options.IsVerbose(parseResult),
            (services, _) => EvalRunAction.RunAsync(services, options.ToRequest(parseResult), cancellationToken),
            cachesModelReplies: true));

        command.Subcommands.Add(EvalCompareCommand.Create());
        command.Subcommands.Add(EvalHistoryCommand.Create());

        return command;
    }
}
