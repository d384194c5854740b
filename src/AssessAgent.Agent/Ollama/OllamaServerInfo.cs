namespace AssessAgent.Agent.Ollama;

/// <summary>What the start-up probe learned about the Ollama server and the configured model.</summary>
/// <param name="Version">The server's version from <c>/api/version</c>.</param>
/// <param name="Model">The configured model's name.</param>
/// <param name="ModelDigest">
/// The model's digest from <c>/api/tags</c>, or <see langword="null"/> when not pulled.
/// </param>
/// <param name="InstalledModels">The names of every model <c>/api/tags</c> lists.</param>
public sealed record OllamaServerInfo(
    string Version,
    string Model,
    string? ModelDigest,
    IReadOnlyList<string> InstalledModels)
{
    /// <summary>Whether the configured model is pulled.</summary>
    public bool HasModel => ModelDigest is not null;
}
