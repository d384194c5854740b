using System.CommandLine;

namespace AssessAgent.Cli.Commands;

/// <summary>
/// The options every model-using command shares, and the store's where the command uses the store. Each maps onto
/// a configuration key, so a flag overrides <c>appsettings.json</c> and the environment in the same way.
/// </summary>
public sealed class CommonOptions
{
    private readonly Option<string?> _provider = new("--provider")
    {
        Description = "Which assessor to use: auto (Ollama when it answers and has the model, else offline), " +
            "ollama (fail when it cannot be used) or offline. Setting: Assessment:Provider.",
        HelpName = "auto|ollama|offline",
    };

    private readonly Option<string?> _model = new("--model")
    {
        Description = "The Ollama model to use, such as qwen2.5:7b-instruct. Setting: Ollama:Model.",
        HelpName = "NAME",
    };

    private readonly Option<string?> _prompts = new("--prompts")
    {
        Description = "The prompt version under prompts/, such as v1. Setting: Prompts:Version.",
        HelpName = "VERSION",
    };

    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "Log what happens in detail on stderr, and show the full error when something fails.",
    };

    private readonly Option<string?> _dataFolder = new("--data-folder")
    {
        Description = "The folder of the SQLite assessment store assessagent.db " +
            "(default ~/.local/share/assessagent). " +
            "Setting: Store:DataFolder.",
        HelpName = "DIR",
    };

    private readonly Option<string?> _storeConnection = new("--store-connection")
    {
        Description = "The store's connection string, such as a PostgreSQL one (Host=...;Database=...); prefer the " +
            "environment variable ASSESSAGENT_Store__ConnectionString for one with a password. " +
            "Setting: Store:ConnectionString.",
        HelpName = "CONNECTION",
    };

    /// <summary>
    /// Whether the command reads or writes the assessment store, and so takes <c>--data-folder</c> and
    /// <c>--store-connection</c>.
    /// <value>Defaults to <see langword="false"/>.</value>
    /// </summary>
    public bool UsesStore { get; init; }

    public void AddTo(Command command)
    {
        _provider.AcceptOnlyFromAmong("auto", "ollama", "offline", "Auto", "Ollama", "Offline");
        command.Options.Add(_provider);
        command.Options.Add(_model);
        command.Options.Add(_prompts);
        if (UsesStore)
        {
            command.Options.Add(_dataFolder);
            command.Options.Add(_storeConnection);
        }

        command.Options.Add(_verbose);
    }

    public bool IsVerbose(ParseResult parseResult) => parseResult.GetValue(_verbose);

    public IReadOnlyDictionary<string, string?> ToSettings(ParseResult parseResult)
    {
        var settings = new Dictionary<string, string?>();
        AddIfSet(settings, "Assessment:Provider", parseResult.GetValue(_provider));
        AddIfSet(settings, "Ollama:Model", parseResult.GetValue(_model));
        AddIfSet(settings, "Prompts:Version", parseResult.GetValue(_prompts));
        if (UsesStore)
        {
            AddIfSet(settings, "Store:DataFolder", parseResult.GetValue(_dataFolder));
            AddIfSet(settings, "Store:ConnectionString", parseResult.GetValue(_storeConnection));
        }

        return settings;
    }

    private static void AddIfSet(Dictionary<string, string?> settings, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            settings[key] = value;
        }
    }
}
