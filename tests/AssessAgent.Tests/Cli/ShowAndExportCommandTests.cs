using System.Text.Json;
using AssessAgent.Reporting;
using AssessAgent.Store.Serialization;
using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli;

/// <summary><c>assessagent show</c> and <c>export</c> over four imported cases, and the export read back.</summary>
public sealed class ShowAndExportCommandTests(ImportedCasesFixture cases) : IClassFixture<ImportedCasesFixture>
{
    [Fact]
    public async Task Show_Markdown_PrintsTheStoredReport()
    {
        var priya = cases.Candidate("Priya");
        var stored = await cases.Store.OpenStore().GetAsync(priya.Id);

        var result = await cases.Store.RunAsync("show", priya.Id);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new MarkdownReportWriter().WriteToString(stored!.Report), result.StandardOutput);
        Assert.StartsWith("# ", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Priya Raman", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_PrintsAReportTheJsonReaderAccepts()
    {
        var seed = cases.Candidate("Alex Thompson");

        var result = await cases.Store.RunAsync("show", seed.Id, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var report = JsonReportReader.Parse(result.StandardOutput, "stdout");
        Assert.Equal(AssessAgent.Assessment.HiringDecision.Inconclusive, report.Recommendation.Decision);
        Assert.Equal("Alex Thompson", report.Header.Candidate);
    }

    [Fact]
    public async Task Show_UnknownId_IsAStoreErrorNamingTheId()
    {
        var result = await cases.Store.RunAsync("show", "0123456789ab");

        Assert.Equal(5, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
        var error = Assert.Single(
            result.StandardError.Split('\n'), line => line.StartsWith("assessagent: ", StringComparison.Ordinal));
        Assert.Contains("0123456789ab", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ToStdout_WritesOneJsonLinePerAssessmentWithReportAndTranscript()
    {
        var result = await cases.Store.RunAsync("export");

        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(cases.Stored.Count, lines.Length);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            Assert.Equal("1.0", root.GetProperty("report").GetProperty("schemaVersion").GetString());
            Assert.Equal(JsonValueKind.Object, root.GetProperty("transcript").ValueKind);
        }

        Assert.Equal(
            cases.Stored.Select(item => item.Id).Order(),
            lines.Select(line => AssessmentJsonLines.Read(line, "stdout").Id!).Order());
    }

    [Fact]
    public async Task Export_Filtered_WritesOnlyTheMatches()
    {
        var kevin = cases.Candidate("Kevin");

        var result = await cases.Store.RunAsync("export", "--candidate", "kevin");

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(kevin.Id, AssessmentJsonLines.Read(line, "stdout").Id);
    }

    [Fact]
    public async Task Export_ImportedIntoAFreshStore_BringsBackEveryReportAndTranscript()
    {
        using var fresh = new CliStoreFolder();
        var exportFile = Path.Combine(fresh.Scratch, "archive.jsonl");

        var export = await cases.Store.RunAsync("export", "--out", exportFile);
        var import = await fresh.RunAsync("import", exportFile);
        var again = await fresh.RunAsync("import", exportFile);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains($"Imported {cases.Stored.Count} assessments, 0 already stored, 0 failed", import.StandardError);
        Assert.Contains($"Imported 0 assessments, {cases.Stored.Count} already stored, 0 failed", again.StandardError);

        var original = cases.Store.OpenStore();
        var copy = fresh.OpenStore();
        foreach (var summary in await fresh.ListAllAsync())
        {
            var restored = (await copy.GetAsync(summary.Id))!;
            var source = cases.Stored.Single(item => item.Candidate == summary.Candidate);
            var before = (await original.GetAsync(source.Id))!;
            Assert.Equal(source.Id, restored.Id);
            Assert.Equal(before.StoredAt, restored.StoredAt);
            Assert.Equal(before.ContentHash, restored.ContentHash);
            Assert.Equal(JsonReportWriter.Serialize(before.Report), JsonReportWriter.Serialize(restored.Report));
            Assert.Equal(before.Transcript!.AllQuestions.Count(), restored.Transcript!.AllQuestions.Count());
        }
    }
}
