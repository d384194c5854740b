using AssessAgent.Agent.Assessing;
using AssessAgent.Assessment;
using AssessAgent.Tests.Agent.Support;

namespace AssessAgent.Tests.Agent.Live;

/// <summary>The language-model path against a real Ollama; skipped unless OLLAMA_ENDPOINT is set.</summary>
public sealed class LiveOllamaTests
{
    [LiveOllamaFact]
    public async Task Assess_RelevantAnswer_IsAssessedByTheModelWithProvenance()
    {
        await using var host = AgentTestHost.Create(LiveOllamaFactAttribute.Endpoint, LiveSettings());

        var report = await host.AssessAsync(TestTranscripts.OneQuestion(TestTranscripts.CachingAnswer));

        var question = report.AllQuestions.Single();
        Assert.InRange(question.Score, 0, 100);
        Assert.Contains(question.AssessedBy, new[] { "ollama", "offline" });
        Assert.Equal(question.AssessedBy == "offline", question.Flags.Any(f => f.Kind is FlagKinds.ModelFallback));
        Assert.NotNull(report.Provenance.LanguageModel?.Digest);
        Assert.True(report.Provenance.Usage!.ModelCalls >= 4);
    }

    [LiveOllamaFact]
    public async Task Assess_AnswerToAnotherQuestion_IsNotScoredAsGood()
    {
        await using var host = AgentTestHost.Create(LiveOllamaFactAttribute.Endpoint, LiveSettings());
        host.OfflineRelevance.Verdicts["technical-1"] = new RelevanceVerdict(RelevanceLabel.OffTopic, 0.1, "Off.");

        var question = await host.AssessOneAsync(TestTranscripts.OneQuestion(
            "My greatest weakness is that I take on too much; I have learned to delegate and say no."));

        Assert.InRange(question.Score, 0, AnswerGuards.OffTopicCap);
    }

    private static Dictionary<string, string?> LiveSettings() => new()
    {
        ["Ollama:Model"] = LiveOllamaFactAttribute.Model,
        ["Ollama:RequestTimeout"] = "00:10:00",
        ["Ollama:RetryDelay"] = "00:00:02",
    };
}
