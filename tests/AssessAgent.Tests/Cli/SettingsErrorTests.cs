using System.Net;
using System.Net.Sockets;
using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Cli;

/// <summary>
/// A setting or an environment the user can fix is one line naming it with the documented exit code (2 for a
/// setting, 5 for the store), never "internal error" (70).
/// </summary>
public sealed class SettingsErrorTests : IDisposable
{
    private readonly CliStoreFolder _store = new();

    [Fact]
    public async Task List_StoreFileThatIsNotADatabase_IsAStoreErrorNamingTheFile()
    {
        var database = Path.Combine(_store.DataFolder, "assessagent.db");
        File.WriteAllText(database, "these are not the bytes of a SQLite database, but long enough to look at.\n");

        var result = await _store.RunAsync("list");

        AssertOneLineError(result, expectedExitCode: 5, database);
    }

    [Fact]
    public async Task List_ConnectionStringThatIsNotOne_IsAStoreErrorNamingTheSetting()
    {
        var result = await _store.RunAsync("list", "--store-connection", "garbage;;==");

        AssertOneLineError(result, expectedExitCode: 5, "Store:ConnectionString");
    }

    [Theory]
    [InlineData("ASSESSAGENT_Store__BusyTimeout", "abc", "Store:BusyTimeout")]
    [InlineData("ASSESSAGENT_Ollama__Endpoint", "not a url", "Ollama:Endpoint")]
    [InlineData("ASSESSAGENT_Ollama__ContextSize", "many", "Ollama:ContextSize")]
    public async Task List_SettingThatDoesNotConvert_IsAUsageErrorNamingTheSetting(
        string variable,
        string value,
        string setting)
    {
        var result = await RunWithEnvironmentAsync(variable, value, "list");

        AssertOneLineError(result, expectedExitCode: 2, setting);
    }

    [Fact]
    public async Task Serve_RequestLimitBelowItsRange_IsAUsageErrorNamingTheSetting()
    {
        var result = await RunWithEnvironmentAsync(
            "ASSESSAGENT_Service__MaxRequestBytes", "-1", "serve", "--urls", "http://127.0.0.1:1");

        AssertOneLineError(result, expectedExitCode: 2, "Service:MaxRequestBytes");
    }

    [Fact]
    public async Task Serve_UrlsThatAreNotAnAddress_IsAUsageErrorSayingSo()
    {
        var result = await _store.RunAsync("serve", "--urls", "not a url");

        AssertOneLineError(
            result, expectedExitCode: 2, "Service:Urls 'not a url' is not an http:// or https:// address");
    }

    [Fact]
    public async Task Serve_DataFolderThatIsAFile_IsAStoreErrorNamingIt()
    {
        var file = _store.Write("not-a-folder", "text");

        var result = await _store.RunAsync("serve", "--data-folder", file, "--urls", "http://127.0.0.1:1");

        AssertOneLineError(result, expectedExitCode: 5, file);
    }

    [Fact]
    public async Task Serve_PortInUse_IsAUsageErrorNamingTheAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

        var result = await _store.RunAsync("serve", "--urls", address);

        AssertOneLineError(result, expectedExitCode: 2, address);
    }

    public void Dispose() => _store.Dispose();

    private Task<CliResult> RunWithEnvironmentAsync(string variable, string value, params string[] arguments) =>
        CliProcess.RunWithStoreAsync(
            _store.DataFolder, new Dictionary<string, string> { [variable] = value }, null, arguments);

    private static void AssertOneLineError(CliResult result, int expectedExitCode, string expectedInMessage)
    {
        Assert.Equal(expectedExitCode, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.StandardError, StringComparison.Ordinal);
        var error = Assert.Single(
            result.StandardError.Split('\n'), line => line.StartsWith("assessagent: ", StringComparison.Ordinal));
        Assert.Contains(expectedInMessage, error, StringComparison.Ordinal);
    }
}
