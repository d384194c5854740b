using System.CommandLine;
using System.Globalization;
using AssessAgent.Cli.Hosting;
using Microsoft.Extensions.Hosting;

namespace AssessAgent.Cli.Commands;

/// <summary>
/// <c>assessagent serve</c>: the HTTP API, the background worker and the web page, on the same configuration
/// and assessor as the other commands, until Ctrl+C.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls")
        {
            Description = "The addresses to listen on, separated by semicolons (default http://127.0.0.1:5080). " +
                "Beyond loopback an API key is required. Setting: Service:Urls.",
            HelpName = "URLS",
        };
        var workers = new Option<int?>("--workers")
        {
            Description = "How many assessments run at once, from 1 to 64. Setting: Service:WorkerConcurrency.",
            CustomParser = WholeNumbers.OptionalBetween(1, 64),
            HelpName = "N",
        };
        var common = new CommonOptions { UsesStore = true };

        var command = new Command("serve",
            "Run the AssessAgent service: an HTTP API, a durable queue of assessments and a web page. " +
            "The API key comes from Service:ApiKey (environment variable ASSESSAGENT_Service__ApiKey).")
        {
            urls, workers,
        };
        common.AddTo(command);

        command.SetAction((parseResult, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?>(common.ToSettings(parseResult));
            if (parseResult.GetValue(urls) is { Length: > 0 } listen)
            {
                settings["Service:Urls"] = listen;
            }

            if (parseResult.GetValue(workers) is { } count)
            {
                settings["Service:WorkerConcurrency"] = count.ToString(CultureInfo.InvariantCulture);
            }

            var verbose = common.IsVerbose(parseResult);

            return CommandRunner.RunAsync(verbose, async () =>
            {
                await using var app = AgentHost.BuildService(settings, verbose);
                // The host's RunAsync: WebApplication's own takes a URL instead of a token.
                await HostingAbstractionsHostExtensions.RunAsync(app, cancellationToken);

                return ExitCodes.Success;
            });
        });

        return command;
    }
}
