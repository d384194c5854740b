using System.CommandLine;
using System.CommandLine.Parsing;
using AssessAgent.Cli.Hosting;
using AssessAgent.Reporting;
using AssessAgent.Store;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Cli.Commands.Store;

/// <summary><c>assessagent show ID</c>: a stored report, written as <c>assess</c> writes it.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = StoredAssessments.IdArgument("The stored assessment's id, as 'assessagent list' shows it.");
        // Nullable, without a default value, so that help shows the values as they are typed (lower case).
        var format = new Option<ReportFormat?>("--format", "-f")
        {
            Description = "The report format: md (Markdown, for people; the default), json (for machines) or html.",
            CustomParser = ParseFormat,
            HelpName = "md|json|html",
        };
        var common = new CommonOptions { UsesStore = true };

        var command = new Command("show", "Print a stored assessment's report.") { id, format };
        common.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(
            common.ToSettings(parseResult),
            common.IsVerbose(parseResult),
            async (services, _) =>
            {
                var store = services.GetRequiredService<IAssessmentStore>();
                var stored = await StoredAssessments.GetRequiredAsync(
                    store, parseResult.GetRequiredValue(id), cancellationToken);
                var writer = ReportWriters.For(parseResult.GetValue(format) ?? ReportFormat.Markdown);
                var text = writer.WriteToString(stored.Report);
                await Console.Out.WriteAsync(text);
                await Console.Out.FlushAsync(cancellationToken);

                return ExitCodes.Success;
            }));

        return command;
    }

    private static ReportFormat? ParseFormat(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "md";
        if (ReportWriters.TryParseFormat(token, out var format))
        {
            return format;
        }

        result.AddError($"Unknown report format '{token}'; use md, json or html.");
        return null;
    }
}
