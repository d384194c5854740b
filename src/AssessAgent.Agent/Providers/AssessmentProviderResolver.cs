using AssessAgent.Agent.Configuration;
using AssessAgent.Agent.Logging;
using AssessAgent.Agent.Ollama;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssessAgent.Agent.Providers;

/// <summary>
/// Decides once per process whether Ollama or the offline assessor works: <c>Auto</c> takes Ollama when
/// <c>/api/version</c> answers and <c>/api/tags</c> lists the model, else the offline assessor with one notice;
/// <c>Ollama</c> fails with a clear message instead; <c>Offline</c> asks no server.
/// </summary>
public sealed class AssessmentProviderResolver(
    IOptions<AssessmentOptions> assessmentOptions,
    IOptions<OllamaOptions> ollamaOptions,
    OllamaProbe probe,
    ILogger<AssessmentProviderResolver> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ProviderResolution? _resolution;

    /// <summary>The resolution, once <see cref="ResolveAsync"/> has completed.</summary>
    public ProviderResolution? Resolved => _resolution;

    /// <summary>Resolves the provider, asking Ollama only the first time.</summary>
    /// <exception cref="AgentException">The provider is Ollama and Ollama cannot be used.</exception>
    public async Task<ProviderResolution> ResolveAsync(CancellationToken cancellationToken = default)
    {
        if (_resolution is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            _resolution ??= await ResolveOnceAsync(cancellationToken);

            return _resolution;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ProviderResolution> ResolveOnceAsync(CancellationToken cancellationToken)
    {
        var requested = assessmentOptions.Value.Provider;
        if (requested == AssessmentProvider.Offline)
        {
            return new ProviderResolution(AssessmentProvider.Offline, null, null);
        }

        var model = ollamaOptions.Value.Model;
        OllamaServerInfo server;
        try
        {
            server = await probe.ProbeAsync(cancellationToken);
        }
        catch (AgentException exception) when (requested == AssessmentProvider.Auto)
        {
            return FallBack(exception.Message, null);
        }

        if (!server.HasModel)
        {
            var message = $"Ollama {server.Version} at {ollamaOptions.Value.Endpoint} does not have the model " +
                $"\"{model}\": run \"ollama pull {model}\".";

            return requested == AssessmentProvider.Auto
                ? FallBack(message, server)
                : throw new AgentException(AgentFailure.ModelNotPulled, message);
        }

        AgentLog.UsingOllama(logger, model, server.Version, server.ModelDigest);

        return new ProviderResolution(AssessmentProvider.Ollama, null, server);
    }

    private ProviderResolution FallBack(string reason, OllamaServerInfo? server)
    {
        var notice = $"{reason} Using the offline assessor.";
        AgentLog.FellBackToOffline(logger, notice);

        return new ProviderResolution(AssessmentProvider.Offline, notice, server, reason);
    }
}
