using System.ComponentModel.DataAnnotations;
using System.Data.Common;
using AssessAgent.Agent.Configuration;
using AssessAgent.Agent.Prompts;
using AssessAgent.Service;
using AssessAgent.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssessAgent.Cli.Hosting;

/// <summary>
/// Checks the settings before anything reads them, so that a value that does not convert, is out of range or is
/// not an address fails as one line naming the setting (exit code 2, or 5 for the store's connection string)
/// rather than as a fault wherever the value is first used.
/// </summary>
internal static class SettingsCheck
{
    private const string Where = "Check appsettings.json, the ASSESSAGENT_ environment variables and the flags.";

    /// <summary>The sections that are read while the host is being built, checked before it is.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="flagSettings">The settings the command line gave.</param>
    /// <param name="serves">Whether the host is the service's, which reads the <c>Service</c> section.</param>
    public static void CheckBeforeBuild(
        IConfiguration configuration,
        IReadOnlyDictionary<string, string?> flagSettings,
        bool serves)
    {
        // A prompt version asked for on the command line is loaded now, even where the offline assessor will not
        // use it, so that a version that does not exist is not silently run (and an eval run labelled with it).
        if (flagSettings.ContainsKey($"{PromptOptions.SectionName}:Version"))
        {
            PromptLibrary.Load(Bind<PromptOptions>(configuration, PromptOptions.SectionName));
        }

        var store = Bind<AssessmentStoreOptions>(configuration, AssessmentStoreOptions.SectionName);
        CheckConnectionString(store.ConnectionString);

        var ollama = Bind<OllamaOptions>(configuration, OllamaOptions.SectionName);
        CheckHttpAddress(
            $"{OllamaOptions.SectionName}:Endpoint", ollama.Endpoint.OriginalString, "http://localhost:11434");

        if (serves)
        {
            var service = Bind<ServiceOptions>(configuration, ServiceOptions.SectionName);
            var urls = service.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var url in urls)
            {
                CheckHttpAddress($"{ServiceOptions.SectionName}:Urls", url, "http://127.0.0.1:5080");
            }

            // The service keeps its job queue beside the SQLite store and creates the folder before the store does.
            CheckDataFolder(store);
        }
    }

    /// <summary>
    /// Every other section registered to be validated on start, checked at once: the commands other than
    /// <c>serve</c> never start their host, so nothing else would check them before they are used.
    /// </summary>
    public static void CheckAfterBuild(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (AggregateException exception)
        {
            throw new SettingsException(
                string.Join(" ", exception.Flatten().InnerExceptions.Select(inner => inner.Message)) + " " + Where,
                exception);
        }
        catch (InvalidOperationException exception)
        {
            // What the configuration binder throws for a value that does not convert to the setting's type.
            throw new SettingsException($"{exception.Message} {Where}", exception);
        }
    }

    private static TOptions Bind<TOptions>(IConfiguration configuration, string section)
        where TOptions : class, new()
    {
        TOptions options;
        try
        {
            options = configuration.GetSection(section).Get<TOptions>() ?? new TOptions();
        }
        catch (InvalidOperationException exception)
        {
            throw new SettingsException($"{exception.Message} {Where}", exception);
        }

        var failures = new List<ValidationResult>();
        var context = new ValidationContext(options);
        if (!Validator.TryValidateObject(options, context, failures, validateAllProperties: true))
        {
            var messages = failures.Select(failure =>
                $"{section}:{string.Join(",", failure.MemberNames)}: {failure.ErrorMessage}");
            throw new SettingsException($"{string.Join(" ", messages)} {Where}");
        }

        return options;
    }

    private static void CheckConnectionString(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        try
        {
            _ = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException exception)
        {
            // The value is not echoed: a connection string can hold a password.
            throw new AssessmentStoreException(
                $"Store:ConnectionString is not a connection string of key=value pairs: {exception.Message}",
                exception);
        }
    }

    private static void CheckDataFolder(AssessmentStoreOptions store)
    {
        if (!string.IsNullOrWhiteSpace(store.ConnectionString))
        {
            return;
        }

        var file = store.ResolveSqliteFile();
        var folder = Path.GetDirectoryName(file);
        if (File.Exists(folder))
        {
            throw new AssessmentStoreException(
                $"Cannot open the store {file}: its folder {folder} is a file; give a folder with --data-folder.");
        }
    }

    private static void CheckHttpAddress(string setting, string address, string example)
    {
        // Kestrel's wildcards for every address of the machine are not host names a URI accepts.
        var parsable = address.Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal);
        if (!Uri.TryCreate(parsable, UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new SettingsException(
                $"{setting} '{address}' is not an http:// or https:// address, such as {example}. {Where}");
        }
    }
}
