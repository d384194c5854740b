using System.Text.Json;
using Json.Schema;

namespace AssessAgent.Evals.Goldens;

/// <summary>
/// Validates goldens against schemas/golden-report.schema.json, embedded in this assembly, and words each
/// violation with its JSON path.
/// </summary>
internal static class GoldenSchema
{
    private const string ResourceName = "AssessAgent.Evals.golden-report.schema.json";

    // A registry of its own: the global one refuses a second schema with the same $id, which the golden tests
    // may already have built in the same process.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(ReadText(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>Every violation of the schema as a JSON path and a problem, the first one first.</summary>
    public static IReadOnlyList<(string JsonPath, string Problem)> Validate(JsonElement golden)
    {
        var results = Schema.Value.Evaluate(golden, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return new[] { results }.Concat(results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error =>
                (JsonPaths.FromPointer(detail.InstanceLocation.ToString()), error.Value)))
            .Distinct()
            .ToList();
    }

    private static string ReadText()
    {
        using var stream = typeof(GoldenSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);

        return reader.ReadToEnd();
    }
}
