using AssessAgent.Agent.Hosting;
using AssessAgent.Assessment;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Transcripts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AssessAgent.Tests.Agent.Support;

/// <summary>
/// The services as the CLI wires them (offline assessment first, then <c>AddOllamaAssessment</c>), pointed at a
/// fake Ollama server, with short timeouts and retry delays so that failure tests run quickly.
/// </summary>
internal sealed class AgentTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AgentTestHost(ServiceProvider services, LogCollector logs)
    {
        _services = services;
        Logs = logs;
    }

    public IServiceProvider Services => _services;

    public LogCollector Logs { get; }

    public FakeOfflineQuestionAssessor OfflineAssessor => _services.GetRequiredService<FakeOfflineQuestionAssessor>();

    public OfflineRelevanceTable OfflineRelevance => _services.GetRequiredService<OfflineRelevanceTable>();

    public IInterviewAssessor InterviewAssessor => _services.GetRequiredService<IInterviewAssessor>();

    public static AgentTestHost Create(
        Uri endpoint,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null) =>
        Create(endpoint.ToString(), settings, configure);

    /// <summary>The services with only <paramref name="settings"/>, without the test defaults.</summary>
    public static AgentTestHost CreateWithSettingsOnly(IDictionary<string, string?> settings) =>
        Build(new Dictionary<string, string?>(settings));

    public static AgentTestHost Create(
        string endpoint,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Assessment:Provider"] = "Ollama",
            ["Ollama:Endpoint"] = endpoint,
            ["Ollama:RetryDelay"] = "00:00:00.010",
            ["Ollama:RequestTimeout"] = "00:00:20",
            ["Ollama:ProbeTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return Build(values, configure);
    }

    private static AgentTestHost Build(Dictionary<string, string?> values, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new LogCollector();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton<FakeOfflineQuestionAssessor>();
        services.AddSingleton<OfflineRelevanceTable>();
        services.AddSingleton<IQuestionAssessor>(
            provider => provider.GetRequiredService<FakeOfflineQuestionAssessor>());
        services.AddSingleton<IRecommendationWriter, FakeOfflineRecommendationWriter>();
        services.AddSingleton<IInterviewAssessor, FakeInterviewPipeline>();
        configure?.Invoke(services);
        services.AddOllamaAssessment(configuration);

        return new AgentTestHost(services.BuildServiceProvider(validateScopes: true), logs);
    }

    public Task<AssessmentReport> AssessAsync(Transcript transcript) => InterviewAssessor.AssessAsync(transcript);

    public async Task<QuestionAssessment> AssessOneAsync(Transcript transcript) =>
        (await AssessAsync(transcript)).AllQuestions.Single();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
