using AssessAgent.LanguageModels;
using Microsoft.Extensions.AI;

namespace AssessAgent.Agent.Ollama;

/// <summary>
/// Puts the process's <see cref="ModelCallLimiter"/> around the model's chat client. Registered by
/// <c>AddOllamaAssessment</c> before any other decorator, so it sits next to OllamaSharp's client: a reply another
/// decorator answers (such as the eval harness's cache) takes no turn.
/// </summary>
public sealed class ModelCallLimitDecorator(ModelCallLimiter limiter) : IChatClientDecorator
{
    /// <inheritdoc/>
    public IChatClient Decorate(IChatClient inner) => new ModelCallLimitingChatClient(inner, limiter);
}
