using System.Runtime.Versioning;
using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli;

/// <summary>
/// <c>assess --out</c> and <c>export --out</c> write through whatever the name is, as a shell's redirection does:
/// a fifo stays a fifo, a symbolic link stays a link and its target gets the text, and a read-only file is refused.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class OutputTargetTests : IDisposable
{
    private const string Transcript = "## Technical\n\n### What is a mutex?\n\nA lock.\n";

    private readonly CliStoreFolder _store = new();

    [Fact]
    public async Task Assess_OutputThroughASymbolicLink_WritesItsTargetAndKeepsTheLink()
    {
        var transcript = _store.Write("interview.md", Transcript);
        var target = _store.Write("other.md", "replace me");
        var link = Path.Combine(_store.Scratch, "report.md");
        File.CreateSymbolicLink(link, target);

        var result = await _store.RunAsync("assess", transcript, "--out", link, "--no-save");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Contains("What is a mutex?", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_OutputToAFifo_WritesThroughItAndKeepsTheFifo()
    {
        var transcript = _store.Write("interview.md", Transcript);
        var fifo = Path.Combine(_store.Scratch, "report.pipe");
        ShellTool.Run("mkfifo", fifo);
        using var reader = ShellTool.Start("cat", fifo);

        var result = await _store.RunAsync("assess", transcript, "--out", fifo, "--no-save");

        // Checked before waiting: a fifo never opened, or replaced by a file, leaves the reader waiting for ever.
        var kind = ShellTool.FileKind(fifo);
        if (kind != "fifo" || result.ExitCode != 0)
        {
            reader.Kill();
        }

        Assert.Equal("fifo", kind);
        Assert.Equal(0, result.ExitCode);
        var received = await reader.StandardOutput.ReadToEndAsync();
        Assert.Contains("What is a mutex?", received, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_OutputToAReadOnlyFile_RefusesAndKeepsTheFileAndItsMode()
    {
        var transcript = _store.Write("interview.md", Transcript);
        var output = _store.Write("report.md", "keep me");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var result = await _store.RunAsync("assess", transcript, "--out", output, "--no-save");

        AssertOneLineError(result, expectedExitCode: 1, "report.md: cannot write the report: the file is read-only.");
        Assert.Equal("keep me", File.ReadAllText(output));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
            File.GetUnixFileMode(output));
        Assert.DoesNotContain("Assessing", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_OutputToAHardLinkOfTheTranscript_RefusesAndKeepsTheTranscript()
    {
        var transcript = _store.Write("interview.md", Transcript);
        var hardLink = Path.Combine(_store.Scratch, "report.md");
        ShellTool.Run("ln", transcript, hardLink);

        var result = await _store.RunAsync("assess", transcript, "--out", hardLink, "--no-save");

        AssertOneLineError(result, expectedExitCode: 1, "refusing to write the report over the transcript");
        Assert.Equal(Transcript, File.ReadAllText(transcript));
    }

    [Fact]
    public async Task Export_OutputToAReadOnlyFile_RefusesAndKeepsTheFile()
    {
        var output = _store.Write("archive.jsonl", "keep me");
        File.SetUnixFileMode(output, UnixFileMode.UserRead);

        var result = await _store.RunAsync("export", "--out", output);

        AssertOneLineError(
            result, expectedExitCode: 1, "archive.jsonl: cannot write the export: the file is read-only.");
        Assert.Equal("keep me", File.ReadAllText(output));
    }

    public void Dispose() => _store.Dispose();

    private static void AssertOneLineError(CliResult result, int expectedExitCode, string expectedInMessage)
    {
        Assert.Equal(expectedExitCode, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        var errorLine = Assert.Single(
            result.StandardError.Split('\n'), line => line.StartsWith("assessagent: ", StringComparison.Ordinal));
        Assert.Contains(expectedInMessage, errorLine, StringComparison.Ordinal);
    }
}
