using AssessAgent.Agent.Hosting;
using AssessAgent.Assessment;
using AssessAgent.Reporting;
using AssessAgent.Tests.Agent.FakeOllama;
using AssessAgent.Tests.Agent.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Tests.Agent;

/// <summary>
/// <c>AddOllamaAssessment</c> over the real offline registrations, wired the way the CLI does: the real
/// interview pipeline hands every answer to the model and the report records the model run.
/// </summary>
public sealed class OfflinePipelineIntegrationTests : IAsyncLifetime
{
    private FakeOllamaServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOllamaServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task RealPipeline_ProviderOllama_AssessesEveryAnswerWithTheModel()
    {
        ModelReplies.AnswerEverything(_server, score: 82);
        await using var services = Build("Ollama");

        var report = await services.GetRequiredService<IInterviewAssessor>()
            .AssessAsync(TestTranscripts.Questions(2));

        Assert.All(report.AllQuestions, question => Assert.Equal("ollama", question.AssessedBy));
        Assert.Equal("ollama", report.Provenance.Assessor);
        Assert.Equal(7, report.Provenance.Usage!.ModelCalls);
        Assert.Contains(
            "Strong answers on the technical questions.", report.Recommendation.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RealPipeline_ProviderOffline_NeverCallsTheServer()
    {
        await using var services = Build("Offline");

        var report = await services.GetRequiredService<IInterviewAssessor>()
            .AssessAsync(TestTranscripts.Questions(2));

        Assert.Empty(_server.Requests);
        Assert.NotEqual("ollama", report.Provenance.Assessor);
        Assert.All(report.AllQuestions, question => Assert.NotEqual("ollama", question.AssessedBy));
    }

    private ServiceProvider Build(string provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Assessment:Provider"] = provider,
            ["Ollama:Endpoint"] = _server.Endpoint.ToString(),
            ["Ollama:RetryDelay"] = "00:00:00.010",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOfflineAssessment();
        services.AddSingleton<IReportChecker, ReportChecker>();
        services.AddOllamaAssessment(configuration);

        return services.BuildServiceProvider(validateScopes: true);
    }
}
