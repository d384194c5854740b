using System.CommandLine;
using AssessAgent.Cli.Hosting;
using AssessAgent.Reading;
using Humanizer;

namespace AssessAgent.Cli.Commands.Store;

/// <summary>
/// <c>assessagent import FILE|DIR...</c>: assesses transcripts and saves them; JSON reports and store exports are
/// checked again by the report checker and saved with its findings (exports keep their ids where they are free);
/// then prints a tally.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("FILE|DIR")
        {
            Description = "Transcripts in any format AssessAgent reads, JSON reports it wrote (--format json), " +
                "store exports (.jsonl), or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var recursive = new Option<bool>("--recursive", "-r")
        {
            Description = "Import the files in the folders' subfolders too.",
        };
        var common = new CommonOptions { UsesStore = true };

        var command = new Command("import",
            "Assess transcripts and save them in the store; JSON reports and store exports are saved with the " +
            "report checker's findings on them, exports under their own ids where those are free. Files already " +
            "stored are not stored again. Exits 1 when any file could not be imported.")
        {
            paths, recursive,
        };
        common.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(
            common.ToSettings(parseResult),
            common.IsVerbose(parseResult),
            (services, progress) => RunAsync(
                services,
                progress,
                parseResult.GetRequiredValue(paths),
                parseResult.GetValue(recursive),
                cancellationToken)));

        return command;
    }

    private static async Task<int> RunAsync(
        IServiceProvider services,
        ProgressReporter progress,
        IReadOnlyList<string> paths,
        bool recursive,
        CancellationToken cancellationToken)
    {
        var found = ImportFiles.Find(paths, recursive);
        if (found.Skipped.Count > 0)
        {
            progress.Notice($"Skipped {"file".ToQuantity(found.Skipped.Count)} that are not transcripts by " +
                $"their extension ({string.Join(", ", found.Skipped.Select(Path.GetFileName).Take(3))}" +
                $"{(found.Skipped.Count > 3 ? ", ..." : "")})");
        }

        if (found.Files.Count == 0)
        {
            throw new TranscriptReadException($"{string.Join(", ", paths)}: no transcript files to import" +
                (recursive ? "" : " (--recursive imports subfolders too)"));
        }

        var tally = new ImportTally();
        var importer = new FileImporter(services, progress, tally);
        try
        {
            foreach (var file in found.Files)
            {
                await importer.ImportAsync(file, cancellationToken);
            }
        }
        finally
        {
            // Also when a broken store or model stops the import, so the user knows what was saved before it.
            progress.Step(tally.ToString());
        }

        return tally.Failed > 0 ? ExitCodes.InputError : ExitCodes.Success;
    }
}
