using System.Text.Json;
using Json.Schema;

namespace AssessAgent.Agent.Replies;

/// <summary>Checks a reply against its function's JSON Schema and names every violation by its JSON path.</summary>
public static class ReplyValidator
{
    /// <summary>The violations, each as <c>/path: message</c>; empty when the reply is valid.</summary>
    public static IReadOnlyList<string> Validate(JsonSchema schema, JsonElement reply)
    {
        var results = schema.Evaluate(reply, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Prepend(results)
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{Path(detail)}: {error.Value}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        return errors.Count > 0 ? errors : ["/: the reply does not match the schema"];
    }

    private static string Path(EvaluationResults detail)
    {
        var location = detail.InstanceLocation.ToString();

        return location.Length == 0 ? "/" : location;
    }
}
