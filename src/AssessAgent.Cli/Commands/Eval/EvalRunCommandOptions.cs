using System.CommandLine;
using System.Globalization;

namespace AssessAgent.Cli.Commands.Eval;

/// <summary>The options of <c>assessagent eval</c>, and the settings they turn into.</summary>
internal sealed class EvalRunCommandOptions
{
    private readonly CommonOptions _common = new();

    private readonly Option<string?> _baseline = new("--baseline")
    {
        Description = "Also run this prompt version (such as v1) as the baseline and show both side by side; the " +
            "gate then also fails when a metric drops against it by more than its margin.",
        HelpName = "VERSION",
    };

    private readonly Option<string?> _baselineModel = new("--baseline-model")
    {
        Description = "The Ollama model of the baseline run, when it differs from --model.",
        HelpName = "NAME",
    };

    private readonly Option<string?> _baselineProvider = new("--baseline-provider")
    {
        Description = "The assessor of the baseline run (auto, ollama or offline), when it differs from --provider.",
        HelpName = "auto|ollama|offline",
    };

    private readonly Option<int?> _repeat = new("--repeat")
    {
        Description = "Assess each case N times and report each question's score spread, labelling cases stable or " +
            "flaky; from 1 to 50. Setting: Evals:Repeat.",
        CustomParser = WholeNumbers.OptionalBetween(1, 50),
        HelpName = "N",
    };

    private readonly Option<string?> _cases = new("--cases")
    {
        Description = "Run only the cases whose name contains this text or that carry it as a tag. " +
            "Setting: Evals:Filter.",
        HelpName = "TEXT",
    };

    private readonly Option<bool> _noCache = new("--no-cache")
    {
        Description = "Ask the model every time instead of answering repeated requests from the response cache.",
    };

    private readonly Option<bool> _noInvariance = new("--no-invariance")
    {
        Description = "Skip the renamed, reordered and padded variants of each case (three assessments per case less).",
    };

    private readonly Option<string?> _evals = new("--evals")
    {
        Description = "The evals folder, holding cases/, golden/, thresholds.json and results/. Setting: Evals:Folder.",
        HelpName = "FOLDER",
    };

    public void AddTo(Command command)
    {
        _common.AddTo(command);
        Option[] evalOptions =
        [
            _baseline, _baselineModel, _baselineProvider, _repeat, _cases, _noCache, _noInvariance, _evals,
        ];
        foreach (var option in evalOptions)
        {
            command.Options.Add(option);
        }
    }

    public bool IsVerbose(ParseResult parseResult) => _common.IsVerbose(parseResult);

    /// <summary>The settings of the configuration under test: the common flags plus the eval's own.</summary>
    public IReadOnlyDictionary<string, string?> CandidateSettings(ParseResult parseResult)
    {
        var settings = new Dictionary<string, string?>(_common.ToSettings(parseResult));
        AddIfSet(settings, "Evals:Repeat", parseResult.GetValue(_repeat)?.ToString(CultureInfo.InvariantCulture));
        AddIfSet(settings, "Evals:Filter", parseResult.GetValue(_cases));
        AddIfSet(settings, "Evals:Folder", parseResult.GetValue(_evals));
        if (parseResult.GetValue(_noCache))
        {
            settings["Evals:Cache:Enabled"] = "false";
        }

        if (parseResult.GetValue(_noInvariance))
        {
            settings["Evals:Invariance"] = "false";
        }

        return settings;
    }

    /// <summary>
    /// The baseline's settings: the candidate's with the baseline's prompt version, model and provider.
    /// </summary>
    public IReadOnlyDictionary<string, string?>? BaselineSettings(ParseResult parseResult)
    {
        var version = parseResult.GetValue(_baseline);
        var model = parseResult.GetValue(_baselineModel);
        var provider = parseResult.GetValue(_baselineProvider);
        if (version is null && model is null && provider is null)
        {
            return null;
        }

        var settings = new Dictionary<string, string?>(CandidateSettings(parseResult));
        AddIfSet(settings, "Prompts:Version", version);
        AddIfSet(settings, "Ollama:Model", model);
        AddIfSet(settings, "Assessment:Provider", provider);

        return settings;
    }

    public EvalRunRequest ToRequest(ParseResult parseResult) =>
        new(CandidateSettings(parseResult), BaselineSettings(parseResult), IsVerbose(parseResult));

    private static void AddIfSet(Dictionary<string, string?> settings, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            settings[key] = value;
        }
    }
}

/// <summary>What <c>assessagent eval</c> was asked to do.</summary>
internal sealed record EvalRunRequest(
    IReadOnlyDictionary<string, string?> CandidateSettings,
    IReadOnlyDictionary<string, string?>? BaselineSettings,
    bool Verbose);
