using AssessAgent.Agent.Configuration;
using AssessAgent.Tests.Agent.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssessAgent.Tests.Agent.Configuration;

public sealed class OptionsValidationTests
{
    [Fact]
    public async Task Defaults_AreTheDocumentedOnes()
    {
        await using var host = AgentTestHost.CreateWithSettingsOnly(new Dictionary<string, string?>());

        var ollama = host.Services.GetRequiredService<IOptions<OllamaOptions>>().Value;
        var prompts = host.Services.GetRequiredService<IOptions<PromptOptions>>().Value;
        var assessment = host.Services.GetRequiredService<IOptions<AssessmentOptions>>().Value;

        Assert.Equal(
            ("qwen2.5:7b-instruct", 8192, 0.0, 42),
            (ollama.Model, ollama.ContextSize, ollama.Temperature, ollama.Seed));
        Assert.Equal(new Uri("http://localhost:11434"), ollama.Endpoint);
        Assert.Equal(TimeSpan.FromMinutes(10), ollama.RequestTimeout);
        Assert.Equal(AssessmentProvider.Auto, assessment.Provider);
        Assert.Equal(("v1", AnswerCallPlan.Separate), (prompts.Version, prompts.CallPlan));
    }

    [Theory]
    [InlineData("Ollama:ContextSize", "100", "ContextSize")]
    [InlineData("Ollama:Temperature", "3", "Temperature")]
    [InlineData("Ollama:MaxParallelism", "0", "MaxParallelism")]
    [InlineData("Ollama:Model", "", "Model")]
    [InlineData("Prompts:Version", "../v1", "Prompts:Version")]
    public async Task InvalidSetting_FailsValidationNamingIt(string key, string value, string named)
    {
        await using var host = AgentTestHost.Create(
            "http://localhost:11434/", new Dictionary<string, string?> { [key] = value });

        var exception = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = host.Services.GetRequiredService<IOptions<OllamaOptions>>().Value;
            _ = host.Services.GetRequiredService<IOptions<PromptOptions>>().Value;
        });

        Assert.Contains(named, exception.Message, StringComparison.Ordinal);
    }
}
