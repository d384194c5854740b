using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli;

/// <summary>
/// <c>assessagent assess</c> saves every report in the store, once, and never loses one to the store.
/// </summary>
public sealed class AssessSavingTests : IDisposable
{
    private static readonly string s_seedCase =
        RepositoryPaths.InRepository("evals", "cases", "01-seed-misaligned-report.txt");

    private readonly CliStoreFolder _store = new();

    [Fact]
    public async Task Assess_Twice_SavesOnceAndTheSecondSaysAlreadyStored()
    {
        var first = await _store.RunAsync("assess", s_seedCase);
        var second = await _store.RunAsync("assess", s_seedCase);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var stored = Assert.Single(await _store.ListAllAsync());
        Assert.Contains($"» Saved as assessment {stored.Id}", first.StandardError, StringComparison.Ordinal);
        Assert.Contains($"» Already stored as {stored.Id}", second.StandardError, StringComparison.Ordinal);
        Assert.StartsWith("# ", second.StandardOutput, StringComparison.Ordinal);

        var assessment = await _store.OpenStore().GetAsync(stored.Id);
        Assert.NotNull(assessment?.Transcript);
        Assert.Equal(9, assessment.Transcript.AllQuestions.Count());
        Assert.Equal("offline", assessment.Report.Provenance.Assessor);
    }

    [Fact]
    public async Task Assess_NoSave_LeavesTheStoreEmpty()
    {
        var result = await _store.RunAsync("assess", s_seedCase, "--no-save");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Saved as", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(await _store.ListAllAsync());
    }

    [Fact]
    public async Task Assess_DataFolderFlag_SavesThere()
    {
        var elsewhere = Path.Combine(_store.Scratch, "other-store");

        var result = await _store.RunAsync("assess", s_seedCase, "--data-folder", elsewhere);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(elsewhere, "assessagent.db")));
        Assert.Empty(await _store.ListAllAsync());
    }

    [Fact]
    public async Task Assess_StoreCannotBeOpened_PrintsTheReportThenExitsWithTheStoreError()
    {
        // A data folder that is a file cannot hold the database.
        var notAFolder = _store.Write("not-a-folder", "a file");

        var result = await _store.RunAsync("assess", s_seedCase, "--data-folder", notAFolder);

        Assert.Equal(5, result.ExitCode);
        Assert.StartsWith("# ", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Inconclusive", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        var error = Assert.Single(
            result.StandardError.Split('\n'), line => line.StartsWith("assessagent: ", StringComparison.Ordinal));
        Assert.Contains("not saved", error, StringComparison.Ordinal);
        Assert.Contains("not-a-folder", error, StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();
}
