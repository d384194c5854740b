using AssessAgent.Agent;
using AssessAgent.Agent.Assessing;
using AssessAgent.Agent.Configuration;
using AssessAgent.Agent.Ollama;
using AssessAgent.Agent.Providers;
using Microsoft.Extensions.Options;

namespace AssessAgent.Service.Health;

/// <summary>
/// Looks at the model provider for <c>/ready</c>: asks Ollama's <c>/api/version</c> and <c>/api/tags</c> through
/// <see cref="OllamaProbe"/> (within <c>Ollama:ProbeTimeout</c>, without retries) and reuses the answer for
/// <see cref="ServiceOptions.ProviderProbeInterval"/>, so that a load balancer polling every second asks Ollama
/// far less often. What it reports depends on what this process already chose: the provider is resolved once,
/// at the first assessment.
/// </summary>
public sealed class ProviderCheck(
    IOptions<AssessmentOptions> assessmentOptions,
    IOptions<OllamaOptions> ollamaOptions,
    IOptions<ServiceOptions> serviceOptions,
    OllamaProbe probe,
    AssessmentProviderResolver resolver,
    TimeProvider time)
{
    private const string Ollama = OllamaQuestionAssessor.AssessorName;
    private const string Offline = "offline";

    private readonly Lock _gate = new();
    private Task<ProbeOutcome>? _probe;
    private DateTimeOffset _probeStarted;

    /// <summary>
    /// The provider's state, from a probe at most <see cref="ServiceOptions.ProviderProbeInterval"/> old.
    /// </summary>
    public async Task<ProviderReadiness> CheckAsync(CancellationToken cancellationToken)
    {
        var requested = assessmentOptions.Value.Provider;
        var requestedName = requested.ToString().ToLowerInvariant();
        if (requested == AssessmentProvider.Offline)
        {
            return new ProviderReadiness(requestedName, "notAsked", Offline, CanAssess: true,
                "Assessment:Provider is offline, so no model server is asked.", null, null);
        }

        var outcome = await CurrentProbe().WaitAsync(cancellationToken);
        var model = ollamaOptions.Value.Model;
        var version = outcome.Server?.Version;

        return outcome.Failure is null
            ? Available(requestedName, model, version)
            : Unavailable(requested, requestedName, outcome.Failure, model, version);
    }

    private ProviderReadiness Available(string requested, string model, string? version)
    {
        var found = $"Ollama {version} at {ollamaOptions.Value.Endpoint} has the model \"{model}\".";
        if (resolver.Resolved is { UsesOllama: false })
        {
            return new ProviderReadiness(requested, "available", Offline, CanAssess: true,
                $"{found} This process chose the offline assessor when Ollama could not be used at its first " +
                "assessment, and keeps it; restart the service to assess with the model.", model, version);
        }

        return new ProviderReadiness(requested, "available", Ollama, CanAssess: true, found, model, version);
    }

    private ProviderReadiness Unavailable(
        AssessmentProvider requested,
        string requestedName,
        string failure,
        string model,
        string? version)
    {
        if (requested == AssessmentProvider.Ollama)
        {
            return new ProviderReadiness(requestedName, "unavailable", Ollama, CanAssess: false,
                $"{failure} Assessment:Provider is ollama, so nothing is assessed until it can be used.", model,
                version);
        }

        if (resolver.Resolved is { UsesOllama: true })
        {
            return new ProviderReadiness(requestedName, "unavailable", Ollama, CanAssess: false,
                $"{failure} This process chose the model at its first assessment, so assessments fail until " +
                "Ollama is back.", model, version);
        }

        return new ProviderReadiness(requestedName, "unavailable", Offline, CanAssess: true,
            $"{failure} The offline assessor assesses instead.", model, version);
    }

    // One probe at a time, shared by the requests that arrive while it runs; it is not tied to any one request,
    // so a caller that gives up does not cancel it for the others.
    private Task<ProbeOutcome> CurrentProbe()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var stale = _probe is null
                || (_probe.IsCompleted && now - _probeStarted >= serviceOptions.Value.ProviderProbeInterval);
            if (stale)
            {
                _probeStarted = now;
                _probe = ProbeAsync();
            }

            return _probe!;
        }
    }

    private async Task<ProbeOutcome> ProbeAsync()
    {
        try
        {
            var server = await probe.ProbeAsync(CancellationToken.None);
            var model = ollamaOptions.Value.Model;

            return server.HasModel
                ? new ProbeOutcome(server, null)
                : new ProbeOutcome(server,
                    $"Ollama {server.Version} at {ollamaOptions.Value.Endpoint} does not have the model " +
                    $"\"{model}\": run \"ollama pull {model}\".");
        }
        catch (AgentException exception)
        {
            return new ProbeOutcome(null, exception.Message);
        }
    }

    private sealed record ProbeOutcome(OllamaServerInfo? Server, string? Failure);
}
