using System.Net.Http.Json;
using System.Text.Json;
using AssessAgent.Assessment;
using AssessAgent.Cli.Hosting;
using AssessAgent.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Tests.Service;

/// <summary>
/// The service as <c>assessagent serve</c> builds it, on 127.0.0.1 with a free port and a database of its own
/// (SQLite in a temporary folder unless the test gives one), called over real HTTP. The database outlives a stop,
/// so a test can start the service again on the same jobs; it is removed when the host is disposed.
/// </summary>
internal sealed class ServiceTestHost : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly ServiceDatabase _database;
    private readonly IInterviewAssessor? _assessor;
    private readonly Action<IServiceCollection>? _configure;
    private WebApplication? _app;

    private ServiceTestHost(
        Dictionary<string, string?> settings,
        ServiceDatabase database,
        IInterviewAssessor? assessor,
        Action<IServiceCollection>? configure)
    {
        _settings = settings;
        _database = database;
        _assessor = assessor;
        _configure = configure;
    }

    public HttpClient Client { get; private set; } = new();

    /// <summary>The running service's services, such as its assessment store.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("Not started.");

    /// <summary>The assessment store of the running service.</summary>
    public IAssessmentStore Store => Services.GetRequiredService<IAssessmentStore>();

    /// <summary>
    /// Starts a service; with no assessor given it uses the real offline one. <paramref name="configure"/> replaces
    /// registrations after all others, on every start.
    /// </summary>
    public static async Task<ServiceTestHost> StartAsync(
        IInterviewAssessor? assessor = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        ServiceDatabase? database = null,
        Action<IServiceCollection>? configure = null)
    {
        database ??= new SqliteServiceDatabase();
        var all = new Dictionary<string, string?>
        {
            ["Service:Urls"] = "http://127.0.0.1:0",
            ["Service:PollInterval"] = "00:00:00.200",
            ["Service:RetryDelay"] = "00:00:00.050",
            ["Service:RequestsPerMinute"] = "100000",
            // No test reaches a real Ollama: without a fake server of its own, a test assesses offline.
            ["Assessment:Provider"] = "Offline",
        };
        foreach (var (key, value) in database.Settings.Concat(settings ?? new Dictionary<string, string?>()))
        {
            all[key] = value;
        }

        var host = new ServiceTestHost(all, database, assessor, configure);
        await host.StartAgainAsync();

        return host;
    }

    /// <summary>Starts the service (again) on the same database.</summary>
    public async Task StartAgainAsync()
    {
        _app = AgentHost.BuildService(_settings, verbose: false, services =>
        {
            if (_assessor is not null)
            {
                services.AddSingleton(_assessor);
            }

            _configure?.Invoke(services);
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

    /// <summary>How many assessments the service's assessment store holds.</summary>
    public async Task<int> StoredCountAsync()
    {
        var page = await Store.ListAsync(new AssessmentQuery(AssessmentFilter.All, Take: 0));

        return page.TotalCount;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Client.Dispose();
        await _database.DisposeAsync();
    }
}
