using System.Text.Json;
using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli;

/// <summary>The README's first command, end to end through the built executable.</summary>
public sealed class AssessCommandTests : IDisposable
{
    private static readonly string s_seedCase =
        RepositoryPaths.InRepository("evals", "cases", "01-seed-misaligned-report.txt");

    private readonly string _folder = Directory.CreateTempSubdirectory("assessagent-cli-").FullName;

    [Fact]
    public async Task Assess_SeedAsJson_JudgesTheMisalignedTranscriptInconclusive()
    {
        var result = await CliProcess.RunAsync("assess", s_seedCase, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var report = JsonDocument.Parse(result.StandardOutput);
        var root = report.RootElement;
        Assert.Equal("inconclusive", root.GetProperty("recommendation").GetProperty("decision").GetString());
        Assert.True(root.GetProperty("diagnosis").GetProperty("misaligned").GetBoolean());
        Assert.Equal(0, root.GetProperty("checkerFindings").GetArrayLength());

        var labels = root.GetProperty("sections").EnumerateArray()
            .SelectMany(section => section.GetProperty("questions").EnumerateArray())
            .Select(question => question.GetProperty("relevance").GetProperty("label").GetString())
            .ToList();
        Assert.Equal(9, labels.Count);
        Assert.Equal(7, labels.Count(label => label == "offTopic"));
        Assert.Equal("relevant", labels[^1]);
    }

    [Fact]
    public async Task Assess_SeedAsMarkdown_PrintsTheReportOnStdoutAndProgressOnStderr()
    {
        var result = await CliProcess.RunAsync("assess", s_seedCase);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# ", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Inconclusive", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("[illegible]", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("0 minutes", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("9 questions in 5 sections", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("# ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_BothFormatsToAFile_WritesMarkdownAndJsonBesideEachOther()
    {
        var output = Path.Combine(_folder, "seed-report");

        var result = await CliProcess.RunAsync("assess", s_seedCase, "--format", "both", "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
        Assert.StartsWith("# ", File.ReadAllText(output + ".md"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(output + ".json"));
        Assert.Equal("1.0", json.RootElement.GetProperty("schemaVersion").GetString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
