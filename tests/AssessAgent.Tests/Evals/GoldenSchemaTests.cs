using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AssessAgent.Tests.Evals;

public sealed class GoldenSchemaTests
{
    // Built once: the schema registers its $id globally, and a second build of the same id is refused.
    private static readonly Lazy<JsonSchema> GoldenSchema = new(() => JsonSchema.FromFile(EvalFiles.GoldenSchemaPath));

    public static TheoryData<string> Goldens => EvalFiles.GoldenNames();

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Golden_ValidatesAgainstGoldenSchema(string goldenName)
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(EvalFiles.GoldenPath(goldenName)));

        var errors = Validate(golden.RootElement);

        Assert.True(errors.Count == 0, $"{goldenName}: {string.Join("; ", errors)}");
    }

    [Fact]
    public void GoldenSchema_IsValidDraft202012Schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(EvalFiles.GoldenSchemaPath));

        var results = MetaSchemas.Draft202012.Evaluate(schema.RootElement, ListOutput);

        Assert.True(results.IsValid, string.Join("; ", CollectErrors(results)));
    }

    [Fact]
    public void GoldenSchema_EveryFieldAndDefinition_HasDescription()
    {
        var schema = JsonNode.Parse(File.ReadAllText(EvalFiles.GoldenSchemaPath))!;

        var undescribed = FindUndescribedSubschemas(schema, "#").ToList();

        Assert.True(undescribed.Count == 0, "No description at: " + string.Join(", ", undescribed));
    }

    [Theory]
    [InlineData("/questions/0/relevance", "\"Irrelevant\"")]
    [InlineData("/questions/0/scoreRange", "[0, 25, 50]")]
    [InlineData("/questions/0/band", "\"Average\"")]
    [InlineData("/recommendations", "[\"DoNotHire\"]")]
    [InlineData("/questions/0/flags", "[\"suspicious\"]")]
    public void GoldenSchema_GoldenWithWrongValue_IsRejected(string pointer, string wrongValueJson)
    {
        var golden = LoadFirstGolden();
        SetAt(golden, pointer, JsonNode.Parse(wrongValueJson));

        var errors = Validate(JsonSerializer.SerializeToElement(golden));

        Assert.NotEmpty(errors);
    }

    [Theory]
    [InlineData("rationale")]
    [InlineData("scoreRange")]
    [InlineData("questionStartsWith")]
    public void GoldenSchema_QuestionMissingRequiredField_IsRejected(string field)
    {
        var golden = LoadFirstGolden();
        golden["questions"]![0]!.AsObject().Remove(field);

        var errors = Validate(JsonSerializer.SerializeToElement(golden));

        Assert.NotEmpty(errors);
    }

    private static EvaluationOptions ListOutput => new() { OutputFormat = OutputFormat.List };

    private static List<string> Validate(JsonElement golden) =>
        CollectErrors(GoldenSchema.Value.Evaluate(golden, ListOutput));

    private static List<string> CollectErrors(EvaluationResults results) =>
        new[] { results }.Concat(results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"))
            .ToList();

    private static JsonNode LoadFirstGolden()
    {
        var firstName = EvalFiles.ListGoldenNames()[0];

        return JsonNode.Parse(File.ReadAllText(EvalFiles.GoldenPath(firstName)))!;
    }

    private static void SetAt(JsonNode root, string pointer, JsonNode? value)
    {
        var segments = pointer.Trim('/').Split('/');
        var parent = segments[..^1].Aggregate(root, (node, segment) =>
            int.TryParse(segment, out var index) ? node[index]! : node[segment]!);

        parent[segments[^1]] = value;
    }

    // A subschema needs its own description unless it only refers to a definition, which has one.
    private static IEnumerable<string> FindUndescribedSubschemas(JsonNode schema, string location)
    {
        if (schema is not JsonObject schemaObject)
        {
            yield break;
        }

        var isBareReference = schemaObject.ContainsKey("$ref") && schemaObject.Count == 1;
        if (location != "#" && !isBareReference && !schemaObject.ContainsKey("description"))
        {
            yield return location;
        }

        foreach (var child in Subschemas(schemaObject, location))
        {
            foreach (var undescribed in FindUndescribedSubschemas(child.Schema, child.Location))
            {
                yield return undescribed;
            }
        }
    }

    private static IEnumerable<(JsonNode Schema, string Location)> Subschemas(JsonObject schema, string location)
    {
        foreach (var keyword in new[] { "properties", "$defs" })
        {
            if (schema[keyword] is JsonObject members)
            {
                foreach (var (name, member) in members)
                {
                    yield return (member!, $"{location}/{keyword}/{name}");
                }
            }
        }

        if (schema["items"] is JsonObject items)
        {
            yield return (items, location + "/items");
        }

        if (schema["prefixItems"] is JsonArray prefixItems)
        {
            for (var index = 0; index < prefixItems.Count; index++)
            {
                yield return (prefixItems[index]!, $"{location}/prefixItems/{index}");
            }
        }
    }
}
