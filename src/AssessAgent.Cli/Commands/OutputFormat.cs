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
    public static OutputFormat Parse(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "md";
        switch (token.ToLowerInvariant())
        {
            case "md" or "markdown":
                return OutputFormat.Md;
            case "json":
                return OutputFormat.Json;
            case "both":
                return OutputFormat.Both;
            default:
                result.AddError($"Unknown report format '{token}'; use md, json or both.");
                return OutputFormat.Md;
        }
    }
}
