using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using AssessAgent.Tests.Agent.FakeOllama;
using Microsoft.Data.Sqlite;

namespace AssessAgent.Tests.Service;

/// <summary>
/// <c>/ready</c>: the store reachable, and the model provider looked at again (through a cached probe) with what
/// it means for the next job.
/// </summary>
public sealed class ReadyTests : IAsyncLifetime
{
    private FakeOllamaServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOllamaServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Ready_ProviderOffline_Is200AndAsksNoServer()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor());

        var (status, body) = await ReadyAsync(service);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("notAsked", body.GetProperty("provider").GetProperty("state").GetString());
        Assert.Equal("offline", body.GetProperty("assessor").GetString());
    }

    [Fact]
    public async Task Ready_OllamaAnswersAndHasTheModel_Is200WithTheServerVersion()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(), Ollama("Auto"));

        var (status, body) = await ReadyAsync(service);

        Assert.Equal(HttpStatusCode.OK, status);
        var provider = body.GetProperty("provider");
        Assert.Equal("available", provider.GetProperty("state").GetString());
        Assert.Equal(FakeOllamaServer.ServerVersion, provider.GetProperty("serverVersion").GetString());
        Assert.Equal("ollama", body.GetProperty("assessor").GetString());
    }

    [Fact]
    public async Task Ready_AutoWithOllamaDown_Is200AndSaysTheOfflineAssessorAssesses()
    {
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(),
            Ollama("Auto", NothingListening()));

        var (status, body) = await ReadyAsync(service);

        Assert.Equal(HttpStatusCode.OK, status);
        var provider = body.GetProperty("provider");
        Assert.Equal("unavailable", provider.GetProperty("state").GetString());
        Assert.Contains("offline assessor", provider.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("offline", body.GetProperty("assessor").GetString());
    }

    [Fact]
    public async Task Ready_OllamaRequiredButDown_Is503NamingTheEndpoint()
    {
        var endpoint = NothingListening();
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(),
            Ollama("Ollama", endpoint));

        var (status, body) = await ReadyAsync(service);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.Contains(endpoint.ToString(), body.GetProperty("provider").GetProperty("detail").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_OllamaRequiredWithoutTheModel_Is503SayingToPullIt()
    {
        _server.Models.Clear();
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(), Ollama("Ollama"));

        var (status, body) = await ReadyAsync(service);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("ollama pull", body.GetProperty("provider").GetProperty("detail").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_StoreUnreachable_Is503()
    {
        var database = new SqliteServiceDatabase();
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(), database: database);

        ReplaceWithFolder(database.File);
        var (status, body) = await ReadyAsync(service);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith("unreachable", body.GetProperty("store").GetString(), StringComparison.Ordinal);
    }

    // A folder where the database file was cannot be opened as one. The worker polls meanwhile and can create the
    // file again between the delete and the folder, so the swap is tried until the folder stands in its place.
    private static void ReplaceWithFolder(string databaseFile)
    {
        for (var attempt = 1; !Directory.Exists(databaseFile); attempt++)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
            {
                File.Delete(file);
            }

            try
            {
                Directory.CreateDirectory(databaseFile);
            }
            catch (IOException) when (attempt < 100)
            {
                // The worker opened the database again first; try once more.
            }
        }
    }

    [Theory]
    [InlineData("01:00:00", 1)]
    [InlineData("00:00:00", 2)]
    public async Task Ready_AskedTwice_ProbesOllamaAgainOnlyOnceTheIntervalHasPassed(string interval, int probes)
    {
        var settings = Ollama("Auto");
        settings["Service:ProviderProbeInterval"] = interval;
        await using var service = await ServiceTestHost.StartAsync(new FakeInterviewAssessor(), settings);

        await ReadyAsync(service);
        await ReadyAsync(service);

        Assert.Equal(probes, _server.Requests.Count(request => request.Path == "/api/version"));
    }

    private Dictionary<string, string?> Ollama(string provider, Uri? endpoint = null) => new()
    {
        ["Assessment:Provider"] = provider,
        ["Ollama:Endpoint"] = (endpoint ?? _server.Endpoint).ToString(),
    };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(ServiceTestHost service)
    {
        using var response = await service.Client.GetAsync("/ready");

        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    // A port that was free a moment ago: connecting to it is refused at once.
    private static Uri NothingListening()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        return new Uri($"http://127.0.0.1:{port}/");
    }
}
