using System.CommandLine.Parsing;

namespace AssessAgent.Cli.Commands;

/// <summary>The report formats <c>assess</c> can write: one of them, or Markdown and JSON together.</summary>
public enum OutputFormat
{
    Md,
    Json,
    Both,
}

internal static class OutputFormats
{
    /// <summary>The format when <c>--format</c> is not given.</summary>
    public const OutputFormat Default = OutputFormat.Md;

    public static OutputFormat? Parse(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "md";
        if (TryParse(token, out var format))
        {
            return format;
        }

        result.AddError($"Unknown report format '{token}'; use md, json or both.");
        return null;
    }

    public static bool TryParse(string token, out OutputFormat format)
    {
        OutputFormat? parsed = token.ToLowerInvariant() switch
        {
            "md" or "markdown" => OutputFormat.Md,
            "json" => OutputFormat.Json,
            "both" => OutputFormat.Both,
            _ => null,
        };
        format = parsed ?? Default;

        return parsed is not null;
    }
}
