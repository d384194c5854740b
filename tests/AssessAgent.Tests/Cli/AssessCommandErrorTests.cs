using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli;

/// <summary>Bad input and bad flags end in one clear line on stderr and a non-zero exit, never a stack trace.</summary>
public sealed class AssessCommandErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assessagent-cli-").FullName;

    [Fact]
    public async Task Assess_MissingFile_ExitsWithInputErrorNamingTheFile()
    {
        var path = Path.Combine(_folder, "no-such-interview.json");

        var result = await CliProcess.RunAsync("assess", path);

        AssertUserError(result, expectedExitCode: 1, "no-such-interview.json");
    }

    [Fact]
    public async Task Assess_EmptyFile_ExitsWithInputErrorNamingTheFile()
    {
        var path = Write("empty.json", "");

        var result = await CliProcess.RunAsync("assess", path);

        AssertUserError(result, expectedExitCode: 1, "empty.json");
    }

    [Fact]
    public async Task Assess_MalformedJson_ExitsWithInputErrorNamingTheLine()
    {
        var path = Write("broken.json", "{\n  \"sections\": [\n    { \"name\": \"Technical\", \n");

        var result = await CliProcess.RunAsync("assess", path);

        AssertUserError(result, expectedExitCode: 1, "broken.json");
        Assert.Contains("line", result.StandardError, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Assess_UnknownFormat_ExitsWithInputErrorNamingTheFile()
    {
        var path = Write("picture.bin", "\u0001\u0002 not a transcript of any kind \u0003");

        var result = await CliProcess.RunAsync("assess", path);

        AssertUserError(result, expectedExitCode: 1, "picture.bin");
    }

    [Fact]
    public async Task Assess_UnknownReportFormat_ExitsWithUsageError()
    {
        var path = Write("interview.json", "{}");

        var result = await CliProcess.RunAsync("assess", path, "--format", "pdf");

        AssertUserError(result, expectedExitCode: 2, "pdf");
    }

    [Fact]
    public async Task Assess_OutputIntoMissingFolder_ExitsWithErrorAndWritesNothing()
    {
        var transcript = RepositoryPaths.InRepository("evals", "cases", "01-seed-misaligned-report.txt");
        var output = Path.Combine(_folder, "no-such-folder", "report.md");

        var result = await CliProcess.RunAsync("assess", transcript, "--out", output);

        AssertUserError(result, expectedExitCode: 1, "no-such-folder");
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Assess_OutputOverTheTranscript_RefusesAndKeepsTheTranscript()
    {
        var transcript = Write("interview.md", "## Technical\n\n### What is a mutex?\n\nA lock.\n");

        var result = await CliProcess.RunAsync("assess", transcript, "--out", transcript);

        AssertUserError(result, expectedExitCode: 1, "interview.md");
        Assert.Equal("## Technical\n\n### What is a mutex?\n\nA lock.\n", File.ReadAllText(transcript));
    }

    [Fact]
    public async Task Assess_OutputOverALinkToTheTranscript_RefusesAndKeepsTheTranscript()
    {
        var transcript = Write("interview.md", "## Technical\n\n### What is a mutex?\n\nA lock.\n");
        var link = Path.Combine(_folder, "link.md");
        File.CreateSymbolicLink(link, transcript);

        var result = await CliProcess.RunAsync("assess", link, "--out", transcript);

        AssertUserError(result, expectedExitCode: 1, "interview.md");
        Assert.Equal("## Technical\n\n### What is a mutex?\n\nA lock.\n", File.ReadAllText(transcript));
    }

    [Fact]
    public async Task Assess_OutputThatIsAFolder_ExitsBeforeAssessingAndNamesIt()
    {
        var transcript = RepositoryPaths.InRepository("evals", "cases", "01-seed-misaligned-report.txt");

        var result = await CliProcess.RunAsync("assess", transcript, "--out", _folder, "--no-save");

        AssertUserError(result, expectedExitCode: 1, "it is a folder");
        Assert.DoesNotContain("Assessing", result.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static void AssertUserError(CliResult result, int expectedExitCode, string expectedInMessage)
    {
        Assert.Equal(expectedExitCode, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);

        var errorLine = Assert.Single(
            result.StandardError.Split('\n'),
            line => line.StartsWith("assessagent: ", StringComparison.Ordinal));
        Assert.Contains(expectedInMessage, errorLine, StringComparison.Ordinal);
    }
}
