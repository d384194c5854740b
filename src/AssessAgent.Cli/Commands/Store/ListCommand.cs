using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AssessAgent.Cli.Hosting;
using AssessAgent.Store;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Cli.Commands.Store;

/// <summary><c>assessagent list</c>: the stored assessments that match the filters, newest first, by pages.</summary>
public static class ListCommand
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const int DefaultLimit = 50;

    // Together they keep the number of assessments skipped, (page - 1) x limit, within an int; export has no limit.
    private const int MaxLimit = 1000;
    private const int MaxPage = 1_000_000;

    public static Command Create()
    {
        var limit = new Option<int>("--limit", "-n")
        {
            Description = $"How many assessments to show at most, up to {MaxLimit}.",
            DefaultValueFactory = _ => DefaultLimit,
            CustomParser = WholeNumbers.Between(1, MaxLimit, DefaultLimit),
            HelpName = "N",
        };
        var page = new Option<int>("--page")
        {
            Description = "Which page of --limit assessments to show, from 1.",
            DefaultValueFactory = _ => 1,
            CustomParser = WholeNumbers.Between(1, MaxPage, 1),
            HelpName = "N",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print the page as JSON (items and the total count) instead of a table.",
        };
        var filters = new StoreFilterOptions();
        var common = new CommonOptions { UsesStore = true };

        var command = new Command("list", "List the stored assessments, newest first, with their recommendation.")
        {
            limit, page, json,
        };
        filters.AddTo(command);
        common.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(
            common.ToSettings(parseResult),
            common.IsVerbose(parseResult),
            async (services, _) =>
            {
                var take = parseResult.GetValue(limit);
                var query = new AssessmentQuery(
                    filters.ToFilter(parseResult), Skip: (parseResult.GetValue(page) - 1) * take, Take: take);
                var found = await services.GetRequiredService<IAssessmentStore>().ListAsync(query, cancellationToken);
                Write(found, parseResult.GetValue(json));

                return ExitCodes.Success;
            }));

        return command;
    }

    private static void Write(AssessmentPage page, bool json)
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(page, s_json));
            return;
        }

        AssessmentTable.Write(StoreConsoles.CreateOutput(), page, plain: StoreConsoles.IsOutputRedirected);
    }
}
