using System.Text.Json;
using System.Text.Json.Nodes;
using AssessAgent.Assessment;
using AssessAgent.Reporting;

namespace AssessAgent.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    public static TheoryData<string> ReportNames => ["complete", "minimal", "misaligned"];

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void Write_SampleReport_FollowsTheSchema(string name)
    {
        var json = new JsonReportWriter().WriteToString(Report(name));

        using var document = JsonDocument.Parse(json);
        var violations = AssessmentReportSchema.Validate(document.RootElement);

        // A member added to the report model is written at once; the schema must then describe it too.
        Assert.True(
            violations.Count == 0,
            "The written report breaks schemas/assessment-report.schema.json; update the schema with the model:\n"
            + string.Join('\n', violations));
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void ReadAfterWrite_SampleReport_WritesTheSameJsonAgain(string name)
    {
        var json = JsonReportWriter.Serialize(Report(name));

        var readBack = JsonReportReader.Parse(json, "round-trip.json");

        Assert.Equal(json, JsonReportWriter.Serialize(readBack));
    }

    [Fact]
    public void ReadAfterWrite_CompleteReport_KeepsValuesThatJsonCouldLose()
    {
        var original = SampleReports.Complete();

        var readBack = JsonReportReader.Parse(JsonReportWriter.Serialize(original));

        Assert.Equal(original.Header, readBack.Header);
        Assert.Equal(original.Provenance.GeneratedAt, readBack.Provenance.GeneratedAt);
        Assert.Equal(original.Recommendation.Decision, readBack.Recommendation.Decision);
        var technical = readBack.Sections[1].Questions[0];
        Assert.Equal(2, technical.Weight);
        Assert.Equal(new TimeRange(TimeSpan.FromSeconds(215), null), technical.Timestamps);
        Assert.Contains("grpcurl | jq", technical.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CompleteReport_UsesCamelCaseEnumStringsAndIsoDurations()
    {
        var root = JsonNode.Parse(JsonReportWriter.Serialize(SampleReports.Complete()))!;

        Assert.Equal(AssessmentReport.CurrentSchemaVersion, (string?)root["schemaVersion"]);
        Assert.Equal("PT45M", (string?)root["header"]!["duration"]);
        Assert.Equal("2026-02-06", (string?)root["header"]!["interviewDate"]);
        Assert.Equal("leanHire", (string?)root["recommendation"]!["decision"]);
        Assert.Equal("partlyRelevant", (string?)root["sections"]![1]!["questions"]![1]!["relevance"]!["label"]);
        Assert.Equal("fair", (string?)root["sections"]![1]!["band"]);
        Assert.Equal("PT3M35S", (string?)root["sections"]![1]!["questions"]![0]!["timestamps"]!["start"]);
    }

    [Fact]
    public void Write_MinimalReport_WritesMissingValuesAsNullAndLeavesOutDerivedLists()
    {
        var root = JsonNode.Parse(JsonReportWriter.Serialize(SampleReports.Minimal()))!.AsObject();

        var header = root["header"]!.AsObject();
        Assert.True(header.ContainsKey("candidate"));
        Assert.Null(header["candidate"]);
        Assert.Null(header["duration"]);
        Assert.Null(root["previouslyReported"]);
        Assert.False(root.ContainsKey("allQuestions"));
    }

    [Fact]
    public void Schema_EveryPropertyHasADescription()
    {
        var schema = JsonNode.Parse(RepositoryFiles.Read("schemas/assessment-report.schema.json"))!;

        var undescribed = PropertiesOf(schema, "$")
            .Where(property => property.Schema["description"] is null)
            .Select(property => property.Path)
            .ToList();

        Assert.Empty(undescribed);
    }

    [Fact]
    public void Schema_EmbeddedCopyIsTheRepositoryFile()
    {
        var onDisk = RepositoryFiles.Read("schemas/assessment-report.schema.json");

        Assert.Equal(onDisk, AssessmentReportSchema.Text);
    }

    private static AssessmentReport Report(string name) => name switch
    {
        "complete" => SampleReports.Complete(),
        "minimal" => SampleReports.Minimal(),
        _ => SampleReports.Misaligned(),
    };

    private static IEnumerable<(string Path, JsonObject Schema)> PropertiesOf(JsonNode node, string path)
    {
        if (node is not JsonObject schema)
        {
            yield break;
        }

        foreach (var (name, child) in schema)
        {
            var childPath = $"{path}.{name}";
            if (name == "properties" && child is JsonObject properties)
            {
                foreach (var (propertyName, property) in properties)
                {
                    yield return ($"{childPath}.{propertyName}", property!.AsObject());
                }
            }

            foreach (var nested in child is JsonObject ? PropertiesOf(child, childPath) : [])
            {
                yield return nested;
            }
        }
    }
}
