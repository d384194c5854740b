using AssessAgent.Service;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AssessAgent.Cli.Hosting;

/// <summary>
/// Builds the Generic Host every command runs in. Configuration comes, lowest precedence first, from
/// <c>appsettings.json</c> beside the executable, <c>appsettings.json</c> in the working folder, environment
/// variables prefixed <c>ASSESSAGENT_</c> (sections separated by <c>__</c>), and the command's own flags.
/// </summary>
public static class AgentHost
{
    public const string EnvironmentPrefix = "ASSESSAGENT_";

    // The lowest of all sources for every host but the eval harness's: the model is asked every time, and no
    // candidate's answers are written into the reply cache under the working folder, unless a setting asks for it.
    private static readonly Dictionary<string, string?> ReplyCacheOff = new()
    {
        ["Evals:Cache:Enabled"] = "false",
    };

    /// <summary>Builds the host of a command.</summary>
    /// <param name="flagSettings">The settings the command line gave.</param>
    /// <param name="verbose">Whether to log in detail.</param>
    /// <param name="cachesModelReplies">
    /// Whether the eval harness's reply cache (<c>Evals:Cache</c>) is on unless a setting turns it off; only the
    /// eval commands cache, because a cached reply stands in for the model only when the same prompt is re-run.
    /// </param>
    public static IHost Build(
        IReadOnlyDictionary<string, string?> flagSettings,
        bool verbose,
        bool cachesModelReplies = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = true,
        });

        if (!cachesModelReplies)
        {
            builder.Configuration.AddInMemoryCollection(ReplyCacheOff);
        }

        AddConfiguration(builder.Configuration, flagSettings);
        SettingsCheck.CheckBeforeBuild(builder.Configuration, flagSettings, serves: false);
        ConfigureLogging(builder, verbose);
        builder.Services.AddAssessAgent(builder.Configuration);

        var host = builder.Build();
        SettingsCheck.CheckAfterBuild(host.Services);

        return host;
    }

    /// <summary>
    /// Builds the web host of <c>assessagent serve</c>: the same configuration, logging and services as every
    /// command, plus the service's API, worker and page.
    /// </summary>
    /// <param name="flagSettings">The settings the command line gave.</param>
    /// <param name="verbose">Whether to log in detail.</param>
    /// <param name="overrideServices">Replaces registrations after all others, for tests.</param>
    public static WebApplication BuildService(
        IReadOnlyDictionary<string, string?> flagSettings,
        bool verbose,
        Action<IServiceCollection>? overrideServices = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();

        builder.Configuration.AddInMemoryCollection(ReplyCacheOff);
        AddConfiguration(builder.Configuration, flagSettings);
        SettingsCheck.CheckBeforeBuild(builder.Configuration, flagSettings, serves: true);
        ConfigureLogging(builder, verbose);
        builder.Logging.AddFilter("AssessAgent.Service", LogLevel.Information);
        if (!verbose)
        {
            // A host that fails to start (a port in use) logs the whole stack trace; the exception reaches
            // CommandRunner, which says it on one line. A failing background service is still logged (Critical).
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        }

        builder.Services.AddAssessAgent(builder.Configuration);
        builder.AddAssessAgentService();
        overrideServices?.Invoke(builder.Services);

        var app = builder.Build();
        SettingsCheck.CheckAfterBuild(app.Services);
        app.MapAssessAgentService();

        return app;
    }

    private static void AddConfiguration(
        IConfigurationBuilder configuration,
        IReadOnlyDictionary<string, string?> flags)
    {
        configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddInMemoryCollection(flags);
    }

    // The report goes to stdout, so every log line, whatever its level, goes to stderr.
    private static void ConfigureLogging(IHostApplicationBuilder builder, bool verbose)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
        });
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        if (verbose)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            builder.Logging.AddFilter("AssessAgent", LogLevel.Debug);
        }
    }
}
