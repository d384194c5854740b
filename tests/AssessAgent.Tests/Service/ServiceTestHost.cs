using System.Net.Http.Json;
using System.Text.Json;
using AssessAgent.Assessment;
using AssessAgent.Cli.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Tests.Service;

/// <summary>
/// The service as <c>assessagent serve</c> builds it, on 127.0.0.1 with a free port and its own SQLite folder,
/// called over real HTTP. The folder outlives a stop, so a test can start the service again on the same jobs.
/// </summary>
internal sealed class ServiceTestHost : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly IInterviewAssessor? _assessor;
    private WebApplication? _app;

    private ServiceTestHost(Dictionary<string, string?> settings, IInterviewAssessor? assessor)
    {
        _settings = settings;
        _assessor = assessor;
    }

    public string DataFolder => _settings["Store:DataFolder"]!;

    public HttpClient Client { get; private set; } = new();

    /// <summary>Starts a service; with no assessor given it uses the real offline one.</summary>
    public static async Task<ServiceTestHost> StartAsync(
        IInterviewAssessor? assessor = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        string? dataFolder = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Service:Urls"] = "http://127.0.0.1:0",
            ["Service:PollInterval"] = "00:00:00.200",
            ["Service:RetryDelay"] = "00:00:00.050",
            ["Service:RequestsPerMinute"] = "100000",
            ["Store:DataFolder"] = dataFolder ?? Directory.CreateTempSubdirectory("assessagent-service-").FullName,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = new ServiceTestHost(all, assessor);
        await host.StartAgainAsync();

        return host;
    }

    /// <summary>Starts the service (again) on the same data folder.</summary>
    public async Task StartAgainAsync()
    {
        _app = AgentHost.BuildService(_settings, verbose: false, services =>
        {
            if (_assessor is not null)
            {
                services.AddSingleton(_assessor);
            }
        });
        await _app.StartAsync();

        Client.Dispose();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
        if (_settings.TryGetValue("Service:ApiKey", out var key) && key is not null)
        {
            Client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>Submits a transcript file and returns the new assessment's id.</summary>
    public async Task<string> SubmitAsync(string text, string contentType = "text/plain")
    {
        using var content = new StringContent(text, System.Text.Encoding.UTF8, contentType);
        using var response = await Client.PostAsync("/assessments", content);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        return body.GetProperty("id").GetString()!;
    }

    /// <summary>Polls until the assessment has finished, and returns its resource.</summary>
    public async Task<JsonElement> WaitForAsync(string id, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            var resource = await Client.GetFromJsonAsync<JsonElement>($"/assessments/{id}", cancellation.Token);
            var status = resource.GetProperty("status").GetString();
            if (status is "succeeded" or "failed")
            {
                return resource;
            }

            await Task.Delay(100, cancellation.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Client.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataFolder, recursive: true);
    }
}
