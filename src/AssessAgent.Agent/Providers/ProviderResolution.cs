using AssessAgent.Agent.Configuration;
using AssessAgent.Agent.Ollama;

namespace AssessAgent.Agent.Providers;

/// <summary>Which assessor this run uses, and why.</summary>
/// <param name="Provider">
/// Either <see cref="AssessmentProvider.Ollama"/> or <see cref="AssessmentProvider.Offline"/>.
/// </param>
/// <param name="Notice">
/// One line for the user when <see cref="AssessmentProvider.Auto"/> fell back to the offline assessor, else
/// <see langword="null"/>.
/// </param>
/// <param name="Server">What the probe learned about Ollama, when it was asked.</param>
/// <param name="Reason">
/// Why <see cref="AssessmentProvider.Auto"/> fell back, without what it fell back to, for callers other than the
/// assessor (such as the chat) that word their own notice; else <see langword="null"/>.
/// </param>
public sealed record ProviderResolution(
    AssessmentProvider Provider,
    string? Notice,
    OllamaServerInfo? Server,
    string? Reason = null)
{
    /// <summary>Whether the language model assesses this run.</summary>
    public bool UsesOllama => Provider == AssessmentProvider.Ollama;
}
