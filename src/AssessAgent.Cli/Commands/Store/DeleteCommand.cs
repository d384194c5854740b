using System.CommandLine;
using AssessAgent.Cli.Hosting;
using AssessAgent.Store;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssessAgent.Cli.Commands.Store;

/// <summary>
/// <c>assessagent delete ID</c>: removes a stored assessment with its transcript, questions, search entries and
/// embeddings, after asking at a terminal or with <c>--yes</c>.
/// </summary>
public static class DeleteCommand
{
    public static Command Create()
    {
        var id = StoredAssessments.IdArgument("The stored assessment's id, as 'assessagent list' shows it.");
        var yes = new Option<bool>("--yes", "-y")
        {
            Description = "Delete without asking; required when not run at an interactive terminal.",
        };
        var common = new CommonOptions { UsesStore = true };

        var command = new Command("delete",
            "Delete a stored assessment with everything of it: report, transcript, questions, search entries and " +
            "embeddings.")
        {
            id, yes,
        };
        common.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(
            common.ToSettings(parseResult),
            common.IsVerbose(parseResult),
            (services, progress) => RunAsync(
                services.GetRequiredService<IAssessmentStore>(),
                progress,
                parseResult.GetRequiredValue(id),
                parseResult.GetValue(yes),
                cancellationToken)));

        return command;
    }

    private static async Task<int> RunAsync(
        IAssessmentStore store,
        ProgressReporter progress,
        string id,
        bool confirmed,
        CancellationToken cancellationToken)
    {
        // Looked up first, so that an unknown id is an error of its own and nobody is asked about it.
        var stored = await StoredAssessments.GetRequiredAsync(store, id, cancellationToken);

        if (!confirmed)
        {
            if (!StoreConsoles.IsInteractive)
            {
                await Console.Error.WriteLineAsync(
                    $"assessagent: not deleting {stored.Id} without --yes: there is no terminal to ask at.");
                return ExitCodes.UsageError;
            }

            if (!Ask(stored))
            {
                progress.Step("Nothing deleted");
                return ExitCodes.Success;
            }
        }

        await store.DeleteAsync(stored.Id, cancellationToken);
        progress.Step($"Deleted assessment {stored.Id} with its transcript, questions and embeddings");

        return ExitCodes.Success;
    }

    private static bool Ask(StoredAssessment stored)
    {
        var header = stored.Report.Header;
        string?[] parts = [header.Candidate, header.Position, header.InterviewDate?.ToString("yyyy-MM-dd")];
        var who = string.Join(", ", parts.Where(part => part is not null));
        var question = $"Delete assessment {stored.Id}{(who.Length > 0 ? $" ({who})" : "")}?";

        return StoreConsoles.CreatePrompt().Confirm(Markup.Escape(question), defaultValue: false);
    }
}
