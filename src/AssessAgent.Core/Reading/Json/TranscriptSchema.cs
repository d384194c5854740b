using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace AssessAgent.Reading.Json;

/// <summary>
/// Validates JSON transcripts against schemas/transcript.schema.json (embedded in this assembly) and words the
/// first violation as a one-line message with its JSON path.
/// </summary>
internal static partial class TranscriptSchema
{
    private const string ResourceName = "AssessAgent.Reading.transcript.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>The schema's text, as shipped in schemas/transcript.schema.json.</summary>
    public static string Text
    {
        get
        {
            using var stream = typeof(TranscriptSchema).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
            using var reader = new StreamReader(stream);

            return reader.ReadToEnd();
        }
    }

    /// <summary>
    /// Throws a <see cref="TranscriptReadException"/> for the first way the document breaks the schema.
    /// </summary>
    public static void Validate(TranscriptInput input, JsonElement root)
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var results = Schema.Value.Evaluate(root, options);
        if (results.IsValid)
        {
            return;
        }

        var violations = (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error =>
                (Path: JsonPaths.FromPointer(detail.InstanceLocation.ToString()),
                    Problem: Describe(error.Key, error.Value, detail.InstanceLocation.ToString(),
                        detail.EvaluationPath.ToString()))))
            .Distinct()
            .ToList();

        var (path, problem) = violations.Count > 0 ? violations[0] : ("(root)", "does not match the transcript schema");
        var more = violations.Count > 1 ? $" ({violations.Count - 1} more problem(s) after this one)" : "";

        throw TranscriptReadException.AtJsonPath(input.DisplayPath, path, problem + more);
    }

    private static JsonSchema Load() => JsonSchema.FromText(Text);

    // The library's messages name schema keywords; these say what to change in the transcript instead.
    private static string Describe(string keyword, string message, string instance, string evaluation)
    {
        var property = instance.Split('/').LastOrDefault() ?? "";

        return keyword switch
        {
            "" or "false" when evaluation.EndsWith("/additionalProperties", StringComparison.Ordinal) =>
                $"unknown property \"{property}\" (misspelt? free-form data goes under \"metadata\")",
            "required" => $"missing required property {RequiredNames(message)}",
            "pattern" when property is "start" or "end" =>
                "must be a time such as \"00:01:23\" or a number of seconds",
            "pattern" when property == "schemaVersion" => "must be a 1.x version such as \"1.0\"",
            "pattern" => "must not be empty",
            "format" => "must be a date written YYYY-MM-DD",
            "minItems" when property == "sections" => "must hold at least one section",
            "minItems" => "must not be empty",
            "exclusiveMinimum" => "must be greater than 0",
            "minimum" => "must not be negative",
            "enum" when property == "role" => "must be \"interviewer\" or \"candidate\"",
            "enum" when property == "kind" =>
                "must be one of screening, technical, behavioral, systemDesign, wrapUp, other",
            "type" => TypeMessage(message),
            _ => message,
        };
    }

    private static string RequiredNames(string message)
    {
        var names = QuotedNameRegex().Matches(message).Select(match => $"\"{match.Groups[1].Value}\"").ToList();

        return names.Count > 0 ? string.Join(", ", names) : message;
    }

    private static string TypeMessage(string message)
    {
        var match = TypeMessageRegex().Match(message);

        if (!match.Success)
        {
            return message;
        }

        var expected = string.Join(" or ", match.Groups[2].Value.Split(',')
            .Select(type => type.Trim(' ', '"', '[', ']', '.')));

        return $"is {match.Groups[1].Value} but must be {expected}";
    }

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedNameRegex();

    [GeneratedRegex("Value is \"?([^\"]+?)\"? but should be (.+)$")]
    private static partial Regex TypeMessageRegex();
}
