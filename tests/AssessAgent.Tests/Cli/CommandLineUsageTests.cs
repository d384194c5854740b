using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli;

/// <summary>
/// What the command line tells the user: usage errors for combinations that cannot work, help in the values users
/// type, and each notice once.
/// </summary>
public sealed class CommandLineUsageTests
{
    private static readonly string SeedCase =
        RepositoryPaths.InRepository("evals", "cases", "01-seed-misaligned-report.txt");

    [Fact]
    public async Task Assess_FormatBothWithoutOut_IsAUsageErrorBeforeAssessing()
    {
        var result = await CliProcess.RunAsync("assess", SeedCase, "--format", "both", "--no-save");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
        Assert.Contains("assessagent: --format both writes two files, PATH.md and PATH.json; give --out PATH.",
            result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_PromptVersionThatDoesNotExist_IsAUsageErrorNamingTheVersionsThere()
    {
        var result = await CliProcess.RunAsync(
            "assess", SeedCase, "--prompts", "v99", "--provider", "offline", "--no-save");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
        var error = Assert.Single(
            result.StandardError.Split('\n'), line => line.StartsWith("assessagent: ", StringComparison.Ordinal));
        Assert.Contains("no such prompt version \"v99\"", error, StringComparison.Ordinal);
        Assert.Contains("versions found: v1", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_ExistingPromptVersionWithTheOfflineAssessor_Works()
    {
        var result = await CliProcess.RunAsync(
            "assess", SeedCase, "--prompts", "v1", "--provider", "offline", "--no-save", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assess", "md|json|both", "Md")]
    [InlineData("show", "md|json|html", "Markdown>")]
    public async Task Help_ReportFormats_AreShownInLowerCase(string command, string expected, string notExpected)
    {
        var result = await CliProcess.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"--format <{expected}>", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(notExpected, result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_AutoProviderWithoutOllama_SaysSoOnce()
    {
        var store = Directory.CreateTempSubdirectory("assessagent-cli-store-").FullName;
        try
        {
            // Nothing listens on port 1: the connection is refused at once.
            var environment = new Dictionary<string, string>
            {
                ["ASSESSAGENT_Ollama__Endpoint"] = "http://127.0.0.1:1",
            };

            var result = await CliProcess.RunWithStoreAsync(
                store, environment, null, "ask", "who answered best?", "--provider", "auto");

            Assert.Equal(0, result.ExitCode);
            Assert.Single(result.StandardError.Split('\n'),
                line => line.Contains("Ollama is not answering", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(store, recursive: true);
        }
    }
}
