using System.CommandLine;
using AssessAgent.Store;
using AssessAgent.Store.Chat;

namespace AssessAgent.Cli.Commands.Store;

/// <summary>The flags that choose stored assessments, shared by <c>list</c> and <c>export</c>.</summary>
internal sealed class StoreFilterOptions
{
    private readonly Option<string?> _candidate = new("--candidate")
    {
        Description = "Only candidates whose name contains this text, ignoring case.",
        HelpName = "NAME",
    };

    private readonly Option<string?> _position = new("--position")
    {
        Description = "Only positions that contain this text, ignoring case.",
        HelpName = "TEXT",
    };

    private readonly Option<string?> _from = new("--from")
    {
        Description = "Only interviews on or after this day (the day of the report when the interview has none).",
        HelpName = "YYYY-MM-DD",
    };

    private readonly Option<string?> _to = new("--to")
    {
        Description = "Only interviews on or before this day.",
        HelpName = "YYYY-MM-DD",
    };

    private readonly Option<string?> _recommendation = new("--recommendation")
    {
        Description = "Only this recommendation: strong-hire, hire, lean-hire, lean-no-hire, no-hire or inconclusive.",
        HelpName = "DECISION",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_candidate);
        command.Options.Add(_position);
        command.Options.Add(_from);
        command.Options.Add(_to);
        command.Options.Add(_recommendation);

        // Checked while parsing, so that a bad date is a usage error before the store is opened.
        command.Validators.Add(result =>
        {
            if (!TryRead(result.GetValue(_candidate), result.GetValue(_position), result.GetValue(_from),
                    result.GetValue(_to), result.GetValue(_recommendation), out _, out var error))
            {
                result.AddError(error!);
            }
        });
    }

    /// <summary>The filter the flags give; the values were validated while parsing.</summary>
    public AssessmentFilter ToFilter(ParseResult parseResult)
    {
        TryRead(parseResult.GetValue(_candidate), parseResult.GetValue(_position), parseResult.GetValue(_from),
            parseResult.GetValue(_to), parseResult.GetValue(_recommendation), out var filter, out _);

        return filter;
    }

    private static bool TryRead(
        string? candidate,
        string? position,
        string? from,
        string? to,
        string? recommendation,
        out AssessmentFilter filter,
        out string? error)
    {
        if (FilterArguments.TryCreate(candidate, position, from, to, recommendation, out filter, out error))
        {
            return true;
        }

        // The store's messages name the value ("from '...'"); on the command line it is a flag.
        error = "--" + error;
        return false;
    }
}
