using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli;

/// <summary>
/// A flag's value that does not parse, in any command, and a question too long to ask, are usage errors: one line
/// naming the option and the value, exit code 2, never a stack trace or a .NET type name.
/// </summary>
public sealed class CommandLineErrorTests
{
    [Theory]
    [InlineData("--limit", "list", "--limit", "abc")]
    [InlineData("--page", "list", "--page", "1.5")]
    [InlineData("--limit", "list", "--limit", "100000000000")]
    [InlineData("--limit", "list", "--limit", "0")]
    [InlineData("--workers", "serve", "--workers", "abc")]
    [InlineData("--repeat", "eval", "--repeat", "twice")]
    [InlineData("--last", "eval", "history", "--last", "-3")]
    public async Task NumberOption_ValueThatIsNotAWholeNumberInRange_IsAUsageErrorNamingTheOption(
        string option,
        params string[] arguments)
    {
        var result = await CliProcess.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.StandardError, StringComparison.Ordinal);
        var error = Assert.Single(
            result.StandardError.Split('\n'), line => line.StartsWith("assessagent: ", StringComparison.Ordinal));
        Assert.Contains($"{option} takes a whole number from ", error, StringComparison.Ordinal);
        Assert.Contains($"not '{arguments[^1]}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_QuestionLongerThanTheServiceTakes_IsAUsageErrorSayingTheLimit()
    {
        var result = await CliProcess.RunAsync("ask", new string('x', 2001), "--provider", "offline");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
        var error = Assert.Single(
            result.StandardError.Split('\n'), line => line.StartsWith("assessagent: ", StringComparison.Ordinal));
        Assert.Contains("2001 characters long; ask in at most 2000", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_LineLongerThanTheServiceTakes_IsRefusedTheOthersAnsweredAndExitsWithUsageError()
    {
        var store = Directory.CreateTempSubdirectory("assessagent-cli-store-").FullName;
        try
        {
            var input = new string('x', 40_000) + "\n/help\n";

            var result = await CliProcess.RunWithStoreAsync(
                store, new Dictionary<string, string>(), input, "chat", "--provider", "offline");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("assessagent: The question is 40000 characters long; ask in at most 2000.",
                result.StandardError, StringComparison.Ordinal);
            Assert.Contains("> /help", result.StandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("xxxx", result.StandardOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(store, recursive: true);
        }
    }
}
