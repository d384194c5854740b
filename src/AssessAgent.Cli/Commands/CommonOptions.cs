using System.CommandLine;

namespace AssessAgent.Cli.Commands;

/// <summary>
/// The options every model-using command shares. Each maps onto a configuration key, so a flag overrides
/// <c>appsettings.json</c> and the environment in the same way.
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

    public void AddTo(Command command)
    {
        _provider.AcceptOnlyFromAmong("auto", "ollama", "offline", "Auto", "Ollama", "Offline");
        command.Options.Add(_provider);
        command.Options.Add(_model);
        command.Options.Add(_prompts);
        command.Options.Add(_verbose);
    }

    public bool IsVerbose(ParseResult parseResult) => parseResult.GetValue(_verbose);

    public IReadOnlyDictionary<string, string?> ToSettings(ParseResult parseResult)
    {
        var settings = new Dictionary<string, string?>();
        AddIfSet(settings, "Assessment:Provider", parseResult.GetValue(_provider));
        AddIfSet(settings, "Ollama:Model", parseResult.GetValue(_model));
        AddIfSet(settings, "Prompts:Version", parseResult.GetValue(_prompts));

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
