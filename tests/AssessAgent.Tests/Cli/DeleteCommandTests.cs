using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli;

/// <summary><c>assessagent delete</c>: <c>--yes</c> removes the assessment; without a terminal it refuses.</summary>
public sealed class DeleteCommandTests : IDisposable
{
    private static readonly string s_seedCase =
        RepositoryPaths.InRepository("evals", "cases", "01-seed-misaligned-report.txt");

    private readonly CliStoreFolder _store = new();

    [Fact]
    public async Task Delete_WithYes_RemovesItSoShowFailsAndListIsEmpty()
    {
        var id = await ImportSeedAsync();

        var delete = await _store.RunAsync("delete", id, "--yes");
        var show = await _store.RunAsync("show", id);
        var list = await _store.RunAsync("list", "--json");

        Assert.Equal(0, delete.ExitCode);
        Assert.Contains($"Deleted assessment {id}", delete.StandardError, StringComparison.Ordinal);
        Assert.Equal(5, show.ExitCode);
        Assert.Contains(id, show.StandardError, StringComparison.Ordinal);
        Assert.Contains("\"totalCount\": 0", list.StandardOutput, StringComparison.Ordinal);
        Assert.Null(await _store.OpenStore().GetAsync(id));
    }

    [Fact]
    public async Task Delete_WithoutYesAndNoTerminal_RefusesAndKeepsIt()
    {
        var id = await ImportSeedAsync();

        var result = await _store.RunAsync("delete", id);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--yes", result.StandardError, StringComparison.Ordinal);
        Assert.NotNull(await _store.OpenStore().GetAsync(id));
    }

    [Fact]
    public async Task Delete_UnknownId_IsAStoreError()
    {
        var result = await _store.RunAsync("delete", "0123456789ab", "--yes");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("0123456789ab", result.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();

    private async Task<string> ImportSeedAsync()
    {
        var import = await _store.RunAsync("import", s_seedCase);
        Assert.Equal(0, import.ExitCode);

        return Assert.Single(await _store.ListAllAsync()).Id;
    }
}
