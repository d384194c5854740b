using System.Globalization;
using AssessAgent.Agent.Assessing;
using AssessAgent.Agent.Calling;
using AssessAgent.Agent.Configuration;
using AssessAgent.Agent.Logging;
using AssessAgent.Agent.Prompts;
using AssessAgent.Agent.Providers;
using AssessAgent.Assessment;
using AssessAgent.Transcripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AssessAgent.Agent.Hosting;

/// <summary>
/// Wraps the interview pipeline. When the provider resolves to Ollama, it counts the model calls and tokens of
/// the report and records in its provenance the model, its digest, the server version, the options sent, the
/// prompt version and hash, the usage and every fallback. Otherwise the pipeline runs untouched.
/// </summary>
internal sealed class ProviderSwitchingInterviewAssessor(
    IInterviewAssessor inner,
    AssessmentProviderResolver resolver,
    IServiceProvider services,
    IOptions<OllamaOptions> ollamaOptions,
    IOptions<PromptOptions> promptOptions,
    ILogger<ProviderSwitchingInterviewAssessor> logger) : IInterviewAssessor
{
    public string Name => resolver.Resolved?.UsesOllama == true ? OllamaQuestionAssessor.AssessorName : inner.Name;

    public async Task<AssessmentReport> AssessAsync(
        Transcript transcript,
        CancellationToken cancellationToken = default)
    {
        var resolution = await resolver.ResolveAsync(cancellationToken);
        if (!resolution.UsesOllama)
        {
            return await inner.AssessAsync(transcript, cancellationToken);
        }

        var prompts = services.GetRequiredService<PromptLibrary>();
        using var record = RunRecord.Begin();
        var report = await inner.AssessAsync(transcript, cancellationToken);
        AgentLog.UsageTotals(logger, record.ModelCalls, record.PromptTokens, record.CompletionTokens);

        return report with { Provenance = Stamp(report.Provenance, resolution, prompts, record) };
    }

    private Provenance Stamp(
        Provenance provenance,
        ProviderResolution resolution,
        PromptLibrary prompts,
        RunRecord record)
    {
        var options = ollamaOptions.Value;

        return provenance with
        {
            Assessor = OllamaQuestionAssessor.AssessorName,
            Model = options.Model,
            PromptVersion = prompts.Version,
            PromptHash = prompts.Hash,
            Notes = [.. provenance.Notes, .. record.Notes],
            LanguageModel = new LanguageModelRun(
                options.Model,
                resolution.Server?.ModelDigest,
                resolution.Server?.Version,
                WireOptions(options)),
            Usage = new ModelUsage(record.ModelCalls, record.PromptTokens, record.CompletionTokens),
        };
    }

    private Dictionary<string, string> WireOptions(OllamaOptions options)
    {
        var wire = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["temperature"] = options.Temperature.ToString(CultureInfo.InvariantCulture),
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["num_ctx"] = options.ContextSize.ToString(CultureInfo.InvariantCulture),
            ["num_predict"] = "per prompt: config.json max_tokens, else " +
                options.MaxReplyTokens.ToString(CultureInfo.InvariantCulture),
            ["call_plan"] = promptOptions.Value.CallPlan.ToString(),
        };
        if (options.KeepAlive is { Length: > 0 } keepAlive)
        {
            wire["keep_alive"] = keepAlive;
        }

        if (options.Think is { } think)
        {
            wire["think"] = think ? "true" : "false";
        }

        return wire;
    }
}
