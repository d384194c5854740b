using System.Text.Json.Nodes;
using AssessAgent.Reporting;
using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli;

/// <summary><c>assessagent import</c> through the built executable, each test with a store of its own.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly CliStoreFolder _store = new();

    [Fact]
    public async Task Import_FolderWithABadFile_ImportsTheRestAndExitsOneNamingTheFile()
    {
        _store.CopyIn(Case("01-seed-misaligned-report.txt"), "batch");
        _store.CopyIn(Case("03-average-frontend-developer.md"), "batch");
        _store.Write(Path.Combine("batch", "broken.json"), "{\n  \"sections\": [\n");

        var result = await _store.RunAsync("import", Path.Combine(_store.Scratch, "batch"));

        Assert.Equal(1, result.ExitCode);
        var failure = Assert.Single(Lines(result.StandardError), line => line.Contains("broken.json"));
        Assert.DoesNotContain("Saved", failure, StringComparison.Ordinal);
        Assert.Contains("Imported 2 assessments, 0 already stored, 1 failed", result.StandardError);
        Assert.Equal(2, (await _store.ListAllAsync()).Count);
    }

    [Fact]
    public async Task Import_SameFilesTwice_StoresNothingTheSecondTimeAndSaysSo()
    {
        var seed = _store.CopyIn(Case("01-seed-misaligned-report.txt"));
        var json = _store.CopyIn(Case("02-strong-backend-engineer.json"));

        var first = await _store.RunAsync("import", seed, json);
        var second = await _store.RunAsync("import", seed, json);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Imported 2 assessments, 0 already stored, 0 failed", first.StandardError);
        Assert.Contains("Imported 0 assessments, 2 already stored, 0 failed", second.StandardError);
        var stored = await _store.ListAllAsync();
        Assert.Equal(2, stored.Count);
        foreach (var assessment in stored)
        {
            Assert.Contains($"Already stored as {assessment.Id}", second.StandardError);
        }
    }

    [Fact]
    public async Task Import_EvalCasesFolder_StoresOneAssessmentPerCase()
    {
        var cases = Directory.GetFiles(RepositoryPaths.EvalCases);

        var result = await _store.RunAsync("import", RepositoryPaths.EvalCases);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Imported {cases.Length} assessments, 0 already stored, 0 failed", result.StandardError);
        var stored = await _store.ListAllAsync();
        Assert.Equal(cases.Length, stored.Count);
        foreach (var file in cases)
        {
            Assert.Single(Lines(result.StandardError), line => line.Contains(Path.GetFileName(file)));
        }
    }

    [Fact]
    public async Task Import_JsonReport_SavesTheReportAsItIsWithoutAssessingAgain()
    {
        var reportFile = Path.Combine(_store.Scratch, "seed.json");
        var assess = await _store.RunAsync(
            "assess", Case("01-seed-misaligned-report.txt"), "--format", "json", "--out", reportFile, "--no-save");

        var storedBeforeImport = await _store.ListAllAsync();
        var result = await _store.RunAsync("import", reportFile);

        Assert.Equal(0, assess.ExitCode);
        Assert.Empty(storedBeforeImport);
        Assert.Equal(0, result.ExitCode);
        var summary = Assert.Single(await _store.ListAllAsync());
        var stored = await _store.OpenStore().GetAsync(summary.Id);
        Assert.NotNull(stored);
        Assert.Null(stored.Transcript);
        var written = JsonReportReader.Parse(File.ReadAllText(reportFile));
        Assert.Equal(written.ExecutiveSummary, stored.Report.ExecutiveSummary);
        Assert.Equal(written.Provenance.GeneratedAt, stored.Report.Provenance.GeneratedAt);
    }

    [Fact]
    public async Task Import_HandEditedJsonReport_StoresItWithTheCheckersFindingsInsteadOfTheFilesClaims()
    {
        var reportFile = await WriteReportAsync("seed.json");
        var report = JsonNode.Parse(File.ReadAllText(reportFile))!;
        var firstQuestion = report["sections"]![0]!["questions"]![0]!;
        firstQuestion["score"] = 100;
        firstQuestion["band"] = "excellent";
        report["recommendation"]!["decision"] = "strongHire";
        report["executiveSummary"] = report["executiveSummary"]!.GetValue<string>() +
            " Recommendation: lean no hire (26% confidence).";
        report["checkerFindings"] = new JsonArray();
        File.WriteAllText(reportFile, report.ToJsonString());

        var result = await _store.RunAsync("import", reportFile);
        var summary = Assert.Single(await _store.ListAllAsync());
        var shown = await _store.RunAsync("show", summary.Id);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("the report checker found", result.StandardError, StringComparison.Ordinal);
        var stored = (await _store.OpenStore().GetAsync(summary.Id))!;
        var rules = stored.Report.CheckerFindings.Select(finding => finding.Rule).ToList();
        Assert.Contains("section-score-not-weighted-mean", rules);
        Assert.Contains("summary-contradicts-recommendation", rules);
        Assert.Contains("summary-contradicts-recommendation", shown.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ChangedReportOfAStoredInterview_KeepsTheStoredOneAndSaysTheFileDiffers()
    {
        var reportFile = await WriteReportAsync("seed.json");
        var first = await _store.RunAsync("import", reportFile);
        var report = JsonNode.Parse(File.ReadAllText(reportFile))!;
        var original = report["executiveSummary"]!.GetValue<string>();
        report["executiveSummary"] = original + " Edited afterwards.";
        File.WriteAllText(reportFile, report.ToJsonString());

        var second = await _store.RunAsync("import", reportFile);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var summary = Assert.Single(await _store.ListAllAsync());
        Assert.Contains(
            $"Already stored as {summary.Id}; the stored report was kept, and this file's report differs from it",
            second.StandardError, StringComparison.Ordinal);
        Assert.Equal(original, (await _store.OpenStore().GetAsync(summary.Id))!.Report.ExecutiveSummary);
    }

    [Fact]
    public async Task Import_NoTranscriptFilesInTheFolder_ExitsOneSayingSo()
    {
        _store.Write(Path.Combine("empty", "picture.png"), "not a transcript");

        var result = await _store.RunAsync("import", Path.Combine(_store.Scratch, "empty"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no transcript files to import", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("Skipped 1 file", result.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();

    private async Task<string> WriteReportAsync(string name)
    {
        var reportFile = Path.Combine(_store.Scratch, name);
        var assess = await _store.RunAsync(
            "assess", Case("01-seed-misaligned-report.txt"), "--format", "json", "--out", reportFile, "--no-save");
        Assert.Equal(0, assess.ExitCode);

        return reportFile;
    }

    private static string Case(string name) => Path.Combine(RepositoryPaths.EvalCases, name);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
