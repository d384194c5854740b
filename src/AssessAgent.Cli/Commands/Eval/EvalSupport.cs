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
    public static string Thresholds(string evalsFolder) => Path.Combine(evalsFolder, "thresholds.json");

    public static string Results(string evalsFolder) => Path.Combine(evalsFolder, "results");
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
