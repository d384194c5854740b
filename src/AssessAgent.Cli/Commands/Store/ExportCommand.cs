using System.CommandLine;
using AssessAgent.Cli.Hosting;
using AssessAgent.Store;
using AssessAgent.Store.Serialization;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Cli.Commands.Store;

/// <summary>
/// <c>assessagent export</c>: the stored assessments that match the filters as JSON Lines, report and transcript,
/// oldest first; <c>assessagent import</c> reads the file back.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write to this file (replaced if there) instead of stdout; .jsonl lets import read it back.",
            HelpName = "FILE",
        };
        var filters = new StoreFilterOptions();
        var common = new CommonOptions { UsesStore = true };

        var command = new Command("export",
            "Export stored assessments as JSON Lines, one per line with its report and transcript.")
        {
            output,
        };
        filters.AddTo(command);
        common.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(
            common.ToSettings(parseResult),
            common.IsVerbose(parseResult),
            (services, progress) => RunAsync(
                services.GetRequiredService<IAssessmentStore>(),
                progress,
                filters.ToFilter(parseResult),
                parseResult.GetValue(output),
                cancellationToken)));

        return command;
    }

    private static async Task<int> RunAsync(
        IAssessmentStore store,
        ProgressReporter progress,
        AssessmentFilter filter,
        string? outputPath,
        CancellationToken cancellationToken)
    {
        var count = 0;
        async Task WriteAllAsync(TextWriter writer)
        {
            await foreach (var assessment in store.ExportAsync(filter, cancellationToken))
            {
                await writer.WriteAsync(AssessmentJsonLines.Write(assessment));
                await writer.WriteAsync('\n');
                count++;
            }

            await writer.FlushAsync(cancellationToken);
        }

        if (outputPath is null)
        {
            // Stdout belongs to the process and stays open.
            await WriteAllAsync(Console.Out);
        }
        else
        {
            await OutputFile.WriteAsync(outputPath, "the export", WriteAllAsync);
        }

        progress.Step($"Exported {"assessment".ToQuantity(count)}{(outputPath is null ? "" : $" to {outputPath}")}");
        return ExitCodes.Success;
    }
}
