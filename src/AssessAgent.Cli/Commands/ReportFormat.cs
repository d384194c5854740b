using System.CommandLine.Parsing;

namespace AssessAgent.Cli.Commands;

/// <summary>The formats <c>assess</c> can write.</summary>
public enum ReportFormat
{
    Md,
    Json,
    Both,
}

internal static class ReportFormats
{
    public static ReportFormat Parse(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "md";
        switch (token.ToLowerInvariant())
        {
            case "md" or "markdown":
                return ReportFormat.Md;
            case "json":
                return ReportFormat.Json;
            case "both":
                return ReportFormat.Both;
            default:
                result.AddError($"Unknown report format '{token}'; use md, json or both.");
                return ReportFormat.Md;
        }
    }
}
