using System.CommandLine;
using AssessAgent.Evals.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace AssessAgent.Cli.Commands.Eval;

/// <summary>Where the eval commands write: the summary on stdout, progress and notes on stderr.</summary>
internal static class EvalConsoles
{
    public static IAnsiConsole Summary { get; } = AnsiConsole.Console;

    public static IAnsiConsole Progress { get; } =
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}

/// <summary>The files and folders under the evals folder.</summary>
internal static class EvalPaths
{
    /// <summary>The evals folder the configuration names (setting Evals:Folder).</summary>
    public static string Folder(IServiceProvider services) =>
        services.GetRequiredService<IOptions<EvalRunOptions>>().Value.Folder;

    public static string Thresholds(string evalsFolder) => Path.Combine(evalsFolder, "thresholds.json");

    public static string Results(string evalsFolder) => Path.Combine(evalsFolder, "results");
}

/// <summary>The options of the eval subcommands that read saved runs.</summary>
internal static class SavedRunOptions
{
    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Show the full error when something fails.",
    };
}

/// <summary>Short names for configurations, for run ids and table headings.</summary>
internal static class EvalLabels
{
    /// <summary>
    /// The prompt version, else the provider, else <paramref name="fallback"/>; with the model when set.
    /// </summary>
    public static string For(IReadOnlyDictionary<string, string?> settings, string fallback)
    {
        var name = settings.GetValueOrDefault("Prompts:Version")
            ?? settings.GetValueOrDefault("Assessment:Provider")
            ?? fallback;
        var model = settings.GetValueOrDefault("Ollama:Model");

        return model is null ? name : $"{name}@{model}";
    }
}
