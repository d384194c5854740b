using System.Text.Json.Nodes;
using AssessAgent.Assessment;
using AssessAgent.Reporting;

namespace AssessAgent.Tests.Reporting;

public sealed class JsonReportReaderTests
{
    [Fact]
    public void Parse_TextThatIsNotJson_NamesTheSourceAndLine()
    {
        var json = "{\n  \"a\": oops\n}";

        var exception = Assert.Throws<ReportReadException>(() => JsonReportReader.Parse(json, "r.json"));

        Assert.Equal("r.json: line 2: not valid JSON", exception.Message);
    }

    [Fact]
    public void Parse_UnsupportedMajorVersion_SaysWhichVersionsAreRead()
    {
        var json = Edit(root => root["schemaVersion"] = "2.0");

        var exception = Assert.Throws<ReportReadException>(() => JsonReportReader.Parse(json, "r.json"));

        Assert.Equal(
            "r.json: $.schemaVersion: version 2.0 is not supported; this AssessAgent reads versions 1.x",
            exception.Message);
    }

    [Fact]
    public void Parse_ScoreOutsideTheSchema_NamesTheJsonPath()
    {
        var json = Edit(root => root["sections"]![0]!["questions"]![0]!["score"] = 120);

        var exception = Assert.Throws<ReportReadException>(() => JsonReportReader.Parse(json, "r.json"));

        Assert.StartsWith("r.json: $.sections[0].questions[0].score: ", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', exception.Message);
    }

    // Captions and speech-to-text segments time answers to fractions of a second, and the writer keeps them.
    [Theory]
    [InlineData("PT8.4S", "PT1M2.25S")]
    [InlineData("PT1H2M3S", null)]
    [InlineData("P1DT0.5S", "P1DT1S")]
    public void Parse_TimestampsAsTheWriterWritesThem_AreRead(string start, string? end)
    {
        var json = Edit(root => root["sections"]![0]!["questions"]![0]!["timestamps"] =
            new JsonObject { ["start"] = start, ["end"] = end });

        var timestamps = JsonReportReader.Parse(json, "r.json").Sections[0].Questions[0].Timestamps;

        Assert.NotNull(timestamps);
        Assert.Equal(System.Xml.XmlConvert.ToTimeSpan(start), timestamps.Start);
        Assert.Equal(end is null ? null : System.Xml.XmlConvert.ToTimeSpan(end), timestamps.End);
    }

    [Theory]
    [InlineData("8.4S")]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("PT1.5M")]
    public void Parse_TimestampThatIsNoDuration_NamesTheJsonPath(string start)
    {
        var json = Edit(root => root["sections"]![0]!["questions"]![0]!["timestamps"] =
            new JsonObject { ["start"] = start, ["end"] = null });

        var exception = Assert.Throws<ReportReadException>(() => JsonReportReader.Parse(json, "r.json"));

        Assert.StartsWith(
            "r.json: $.sections[0].questions[0].timestamps.start: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownMember_NamesTheJsonPath()
    {
        var json = Edit(root => root["header"]!["interviewer"] = "Sam");

        var exception = Assert.Throws<ReportReadException>(() => JsonReportReader.Parse(json, "r.json"));

        Assert.StartsWith("r.json: $.header.interviewer: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DurationTooLongForATimeSpan_NamesTheJsonPath()
    {
        var json = Edit(root => root["header"]!["duration"] = "PT99999999999999H");

        var exception = Assert.Throws<ReportReadException>(() => JsonReportReader.Parse(json, "r.json"));

        Assert.Equal("r.json: $.header.duration: \"PT99999999999999H\" is not an ISO 8601 duration such as PT45M.",
            exception.Message);
    }

    [Fact]
    public async Task ReadFileAsync_MissingFile_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        var exception = await Assert.ThrowsAsync<ReportReadException>(() => JsonReportReader.ReadFileAsync(path));

        Assert.StartsWith($"{path}: cannot read the file", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadFileAsync_WrittenFile_ReadsTheSameReport()
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.json");
        var original = SampleReports.Misaligned();

        try
        {
            await new JsonReportWriter().WriteToFileAsync(original, path);
            var readBack = await JsonReportReader.ReadFileAsync(path);

            Assert.Equal(JsonReportWriter.Serialize(original), JsonReportWriter.Serialize(readBack));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_SectionBandThatDisagreesWithItsScore_IsReadAsWrittenForTheCheckerToFlag()
    {
        var json = Edit(root => root["sections"]![0]!["band"] = "excellent");

        var report = JsonReportReader.Parse(json);

        Assert.Equal(ScoreBand.Excellent, report.Sections[0].Band);
        Assert.Contains(new ReportChecker().Check(report), finding => finding.Rule == "band-mismatch");
    }

    private static string Edit(Action<JsonNode> change)
    {
        var root = JsonNode.Parse(JsonReportWriter.Serialize(SampleReports.Complete()))!;
        change(root);

        return root.ToJsonString();
    }
}
