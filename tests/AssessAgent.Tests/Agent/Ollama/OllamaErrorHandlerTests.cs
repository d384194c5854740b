using AssessAgent.Agent;
using AssessAgent.Agent.Ollama;

namespace AssessAgent.Tests.Agent.Ollama;

public sealed class OllamaErrorHandlerTests
{
    [Theory]
    [InlineData(400, "library/gemma:2b does not support tools", AgentFailure.ToolsUnsupported, "support tools")]
    [InlineData(
        404, "model \"llama3\" not found, try pulling it first", AgentFailure.ModelNotPulled, "ollama pull llama3")]
    [InlineData(503, "llm server loading model", AgentFailure.ModelLoading, "still loading")]
    [InlineData(503, "server busy, please try again.", AgentFailure.ServerBusy, "busy")]
    [InlineData(500, "input length exceeds the context length", AgentFailure.ContextOverflow, "Ollama:ContextSize")]
    [InlineData(500, "unexpected EOF", AgentFailure.ServerError, "HTTP 500: unexpected EOF")]
    public void Translate_OllamaError_GivesTheFailureAndAnActionableLine(
        int status,
        string error,
        AgentFailure failure,
        string expected)
    {
        var exception = OllamaErrorHandler.Translate(status, error, "llama3");

        Assert.Equal(failure, exception.Failure);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', exception.Message);
    }

    [Theory]
    [InlineData("qwen2.5:7b-instruct", "qwen2.5:7b-instruct", true)]
    [InlineData("llama3:latest", "llama3", true)]
    [InlineData("llama3:8b", "llama3", false)]
    [InlineData("Qwen2.5:7B-Instruct", "qwen2.5:7b-instruct", true)]
    public void NamesMatch_OllamaSpellings_AreTheSameModelOnlyWhenTheTagsAgree(
        string installed,
        string wanted,
        bool same)
    {
        Assert.Equal(same, OllamaProbe.NamesMatch(installed, wanted));
    }
}
