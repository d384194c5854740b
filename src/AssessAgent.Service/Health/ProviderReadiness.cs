namespace AssessAgent.Service.Health;

/// <summary>What <c>/ready</c> says about the model provider.</summary>
/// <param name="Requested">The provider asked for in <c>Assessment:Provider</c>: auto, ollama or offline.</param>
/// <param name="State">
/// available (Ollama answers and has the model), unavailable, or notAsked (the offline provider asks no server).
/// </param>
/// <param name="Assessor">What assesses the next job: ollama or offline.</param>
/// <param name="CanAssess">
/// Whether jobs can be assessed: false when Ollama is unavailable and either required or already chosen by this
/// process.
/// </param>
/// <param name="Detail">One line that says why.</param>
/// <param name="Model">The configured model, when Ollama was asked.</param>
/// <param name="ServerVersion">Ollama's version, when it answered.</param>
public sealed record ProviderReadiness(
    string Requested,
    string State,
    string Assessor,
    bool CanAssess,
    string Detail,
    string? Model,
    string? ServerVersion);
