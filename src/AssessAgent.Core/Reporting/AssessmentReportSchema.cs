using System.Text.Json;
using Json.Schema;

namespace AssessAgent.Reporting;

/// <summary>
/// The JSON Schema of the report (<c>schemas/assessment-report.schema.json</c>, embedded in this assembly) and
/// validation against it.
/// </summary>
public static class AssessmentReportSchema
{
    private const string ResourceName = "AssessAgent.Reporting.assessment-report.schema.json";

    private static readonly Lazy<string> LazyText = new(LoadText);

    // Built once: JsonSchema.Net refuses to register a second schema under the same $id.
    private static readonly Lazy<JsonSchema> LazySchema = new(() =>
        JsonSchema.FromText(LazyText.Value, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.Hierarchical,
        RequireFormatValidation = true,
    };

    /// <summary>The schema's text as shipped.</summary>
    public static string Text => LazyText.Value;

    /// <summary>
    /// Every place where <paramref name="report"/> breaks the schema, the most specific first; empty when it follows
    /// the schema.
    /// </summary>
    public static IReadOnlyList<SchemaViolation> Validate(JsonElement report)
    {
        var results = LazySchema.Value.Evaluate(report, Options);

        // Deepest in the report first, then deepest in the schema: a failed "required" inside a nullable object's
        // schema says more than the "should be null" of the other branch.
        return Violations(results)
            .OrderByDescending(found => found.Violation.JsonPath.Length)
            .ThenByDescending(found => found.SchemaDepth)
            .Select(found => found.Violation)
            .Distinct()
            .ToList();
    }

    // Only failures whose every enclosing schema failed too: a failed branch of a oneOf that another branch
    // satisfied is no violation.
    private static IEnumerable<(SchemaViolation Violation, int SchemaDepth)> Violations(EvaluationResults node)
    {
        if (node.IsValid)
        {
            return [];
        }

        var path = ToJsonPath(node.InstanceLocation.ToString());
        var depth = node.EvaluationPath.ToString().Count(character => character == '/');
        var here = (node.Errors ?? new Dictionary<string, string>())
            .Select(error => (new SchemaViolation(path, Explain(error.Value)), depth));

        return here.Concat((node.Details ?? []).SelectMany(Violations));
    }

    private static string Explain(string message) =>
        message.Contains("false schema", StringComparison.Ordinal) ? "not a member the schema allows" : message;

    /// <summary>Turns a JSON Pointer such as <c>/sections/0/score</c> into <c>$.sections[0].score</c>.</summary>
    internal static string ToJsonPath(string pointer)
    {
        var path = "$";
        var tokens = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var token in tokens)
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path += int.TryParse(name, out var index) ? $"[{index}]" : $".{name}";
        }

        return path;
    }

    private static string LoadText()
    {
        using var stream = typeof(AssessmentReportSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);

        return reader.ReadToEnd();
    }
}

/// <summary>One place where a JSON report breaks the schema.</summary>
/// <param name="JsonPath">Where, such as <c>$.sections[0].score</c>.</param>
/// <param name="Message">What is wrong there.</param>
public sealed record SchemaViolation(string JsonPath, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{JsonPath}: {Message}";
}
