using System.Data.Common;
using AssessAgent.Agent;
using AssessAgent.Evals.Goldens;
using AssessAgent.Reading;
using AssessAgent.Store;
using AssessAgent.Store.Chat;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssessAgent.Cli.Hosting;

/// <summary>
/// Runs a command inside the host and turns the errors a user can fix into one line on stderr and an exit code.
/// Only faults of AssessAgent itself show a stack trace, and only with <c>--verbose</c>.
/// </summary>
public static class CommandRunner
{
    /// <summary>Runs a command in a host built from the settings (see <see cref="AgentHost.Build"/>).</summary>
    public static async Task<int> RunAsync(
        IReadOnlyDictionary<string, string?> flagSettings,
        bool verbose,
        Func<IServiceProvider, ProgressReporter, Task<int>> command,
        TextWriter? errorOutput = null,
        bool cachesModelReplies = false) =>
        await RunAsync(verbose, async () =>
        {
            using var host = AgentHost.Build(flagSettings, verbose, cachesModelReplies);
            var progress = host.Services.GetRequiredService<ProgressReporter>();
            try
            {
                return await command(host.Services, progress);
            }
            catch (DbException exception)
            {
                // The database's own message does not say which store it is about.
                throw new AssessmentStoreException(
                    $"Cannot use the store {StoreName(host.Services)}: {exception.Message}", exception);
            }
        }, errorOutput);

    /// <summary>Runs a command that builds its own host, with the same error handling.</summary>
    public static async Task<int> RunAsync(bool verbose, Func<Task<int>> command, TextWriter? errorOutput = null)
    {
        var error = errorOutput ?? Console.Error;
        try
        {
            return await command();
        }
        catch (Exception exception) when (Classify(exception) is { } exitCode)
        {
            var message = exception is OperationCanceledException ? "cancelled" : OneLine(exception.Message);
            await error.WriteLineAsync($"assessagent: {message}");
            if (verbose)
            {
                await error.WriteLineAsync(exception.ToString());
            }

            return exitCode;
        }
        catch (Exception exception)
        {
            await error.WriteLineAsync($"assessagent: internal error: {OneLine(exception.Message)}");
            await error.WriteLineAsync(verbose
                ? exception.ToString()
                : "Run again with --verbose to see the details, and please report it.");

            return ExitCodes.InternalError;
        }
    }

    private static int? Classify(Exception exception) => exception switch
    {
        TranscriptReadException => ExitCodes.InputError,
        AgentException { Failure: AgentFailure.PromptFiles } => ExitCodes.UsageError,
        AgentException => ExitCodes.ProviderUnavailable,
        EvalInputException => ExitCodes.InputError,
        ReportOutputException => ExitCodes.InputError,
        OptionsValidationException => ExitCodes.UsageError,
        SettingsException => ExitCodes.UsageError,
        // Another process listens on an address serve was given.
        IOException { InnerException: AddressInUseException } => ExitCodes.UsageError,
        AssessmentStoreException => ExitCodes.StoreError,
        DbException => ExitCodes.StoreError,
        AssessmentChatException => ExitCodes.ProviderUnavailable,
        OperationCanceledException => ExitCodes.Cancelled,
        _ => null,
    };

    // The SQLite file, or only the setting for a connection string, which can hold a password.
    private static string StoreName(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AssessmentStoreOptions>>().Value;

        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? options.ResolveSqliteFile()
            : "of Store:ConnectionString";
    }

    private static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();
}
