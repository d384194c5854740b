using System.CommandLine;
using AssessAgent.Cli.Commands;
using AssessAgent.Cli.Commands.Chat;
using AssessAgent.Cli.Commands.Eval;
using AssessAgent.Cli.Commands.Store;

namespace AssessAgent.Cli;

/// <summary>The <c>assessagent</c> command line: one subcommand per job.</summary>
public static class AssessAgentCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "AssessAgent assesses job-interview transcripts: whether each answer addresses its question, a 0-100 " +
            "score, strengths and improvements, and a hiring recommendation that can say Inconclusive. It runs " +
            "offline by default and on a local Ollama model when one is available.");

        root.Subcommands.Add(AssessCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ListCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(DeleteCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(ChatCommand.Create());

        return root;
    }
}
