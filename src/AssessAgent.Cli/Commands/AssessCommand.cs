using System.CommandLine;
using AssessAgent.Assessment;
using AssessAgent.Cli.Hosting;
using AssessAgent.Cli.Commands.Store;
using AssessAgent.Reading;
using AssessAgent.Store;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Cli.Commands;

/// <summary>
/// <c>assessagent assess FILE</c>: reads a transcript, prints its assessment report and saves it in the store.
/// </summary>
public static class AssessCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The transcript to assess: JSON, Markdown, speaker-labelled text, WebVTT, speech-to-text " +
                "segments JSON, or an earlier assessment report. The format is detected from the content.",
        };
        // Nullable, without a default value, so that help shows the values as they are typed (lower case).
        var format = new Option<OutputFormat?>("--format", "-f")
        {
            Description = "The report format: md (Markdown, for people; the default), json (for machines) or both " +
                "(needs --out).",
            CustomParser = OutputFormats.Parse,
            HelpName = "md|json|both",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write the report to this file instead of stdout. With --format both, the .md and " +
                ".json files are written beside each other under this name.",
            HelpName = "PATH",
        };
        var interviewer = new Option<string?>("--interviewer")
        {
            Description = "In a speaker-labelled transcript or captions, the interviewer's speaker name " +
                "(detected from who asks the questions when not given).",
            HelpName = "NAME",
        };
        var noSave = new Option<bool>("--no-save")
        {
            Description = "Do not save the report in the assessment store.",
        };
        var common = new CommonOptions { UsesStore = true };

        var command = new Command("assess",
            "Assess one interview transcript, print the report and save it with its transcript in the store.")
        {
            file, format, output, interviewer, noSave,
        };
        common.AddTo(command);
        // Markdown and JSON one after the other on stdout would be neither; on files they go side by side.
        command.Validators.Add(result =>
        {
            var asksBoth = result.GetResult(format) is { Tokens: [var token, ..] } &&
                OutputFormats.TryParse(token.Value, out var asked) && asked == OutputFormat.Both;
            if (asksBoth && result.GetResult(output) is null)
            {
                result.AddError("--format both writes two files, PATH.md and PATH.json; give --out PATH.");
            }
        });

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(
            common.ToSettings(parseResult),
            common.IsVerbose(parseResult),
            (services, progress) => RunAsync(
                services,
                progress,
                new AssessRequest(
                    parseResult.GetRequiredValue(file),
                    parseResult.GetValue(format) ?? OutputFormats.Default,
                    parseResult.GetValue(output),
                    parseResult.GetValue(interviewer),
                    Save: !parseResult.GetValue(noSave)),
                cancellationToken)));

        return command;
    }

    private static async Task<int> RunAsync(
        IServiceProvider services,
        ProgressReporter progress,
        AssessRequest request,
        CancellationToken cancellationToken)
    {
        var loader = services.GetRequiredService<TranscriptLoader>();

        CheckOutputPath(request);
        // Resolved before the assessment, which can take minutes, so that a wrong store setting fails at once.
        var store = request.Save ? services.GetRequiredService<IAssessmentStore>() : null;
        progress.Step($"Reading {request.File}");
        var transcript = loader.Load(request.File, new TranscriptReadOptions { InterviewerName = request.Interviewer });
        var questionCount = transcript.AllQuestions.Count();
        progress.Step($"Read {"question".ToQuantity(questionCount)} in " +
            $"{"section".ToQuantity(transcript.Sections.Count)} (format: {transcript.Source.Format})");

        // Resolved only once the input is known to be good: building the assessor loads the embedding model.
        var assessor = services.GetRequiredService<IInterviewAssessor>();
        progress.Step($"Assessing {"answer".ToQuantity(questionCount)}");
        var report = await assessor.AssessAsync(transcript, cancellationToken);
        progress.Step($"Assessed by the {report.Provenance.Assessor} assessor");
        ReportCheckerSummary(progress, report);

        var written = ReportOutput.Write(report, request.Format, request.OutputPath);
        foreach (var path in written)
        {
            progress.Step($"Wrote {path}");
        }

        // Saved only after the report is out, so that a store that cannot be opened never loses it.
        if (store is not null)
        {
            var saved = await StoreSaving.SaveAfterOutputAsync(store, report, transcript, cancellationToken);
            progress.Step(StoreSaving.Describe(saved));
        }

        return ExitCodes.Success;
    }

    // Checked before the assessment, which can take minutes on a model, and so that writing the report over its
    // own transcript cannot lose the input.
    private static void CheckOutputPath(AssessRequest request)
    {
        if (request.OutputPath is null)
        {
            return;
        }

        // Compared through symbolic links, so that a link to the transcript is refused like its own path. A hard link
        // has no path in common with the transcript; it is caught as a file with the transcript's size, time and bytes.
        var input = ReportOutput.FinalPath(request.File);
        foreach (var output in ReportOutput.PathsFor(request.Format, request.OutputPath))
        {
            ReportOutput.EnsureWritable(output);
            var finalOutput = ReportOutput.FinalPath(output);
            if (string.Equals(finalOutput, input, StringComparison.Ordinal) || IsSameContent(finalOutput, input))
            {
                throw new ReportOutputException(
                    $"{output}: refusing to write the report over the transcript being assessed.");
            }
        }
    }

    // A regular file is the transcript under another name when it matches it in size, time and bytes; a copy that
    // matches in all three loses nothing by being refused.
    private static bool IsSameContent(string output, string input)
    {
        var outputFile = new FileInfo(output);
        var inputFile = new FileInfo(input);
        if (!outputFile.Exists || !inputFile.Exists || inputFile.Length == 0 || outputFile.Length != inputFile.Length ||
            outputFile.LastWriteTimeUtc != inputFile.LastWriteTimeUtc)
        {
            return false;
        }

        return File.ReadAllBytes(output).AsSpan().SequenceEqual(File.ReadAllBytes(input));
    }

    private static void ReportCheckerSummary(ProgressReporter progress, AssessmentReport report)
    {
        if (report.CheckerFindings.Count == 0)
        {
            progress.Step("The report checker found nothing to flag");
            return;
        }

        progress.Notice($"The report checker flagged {"finding".ToQuantity(report.CheckerFindings.Count)}; " +
            "they are listed in the report");
    }

    private sealed record AssessRequest(
        string File,
        OutputFormat Format,
        string? OutputPath,
        string? Interviewer,
        bool Save);
}
