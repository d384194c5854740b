using System.CommandLine;
using AssessAgent.Cli;
using AssessAgent.Cli.Hosting;

var root = AssessAgentCommandLine.Create();
if (args.Length == 0)
{
    return await root.Parse(["--help"]).InvokeAsync();
}

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    // A wrong flag is the user's to fix: say what is wrong on one line each and where to look, not the whole help.
    foreach (var error in parseResult.Errors)
    {
        await Console.Error.WriteLineAsync($"assessagent: {error.Message}");
    }

    await Console.Error.WriteLineAsync("Run 'assessagent --help' or 'assessagent COMMAND --help' for usage.");
    return ExitCodes.UsageError;
}

// The command line's own signal handling is off: Interruption cancels the commands instead (see there).
using var interruption = new Interruption();

return await parseResult.InvokeAsync(
    new InvocationConfiguration { ProcessTerminationTimeout = null }, interruption.Token);
