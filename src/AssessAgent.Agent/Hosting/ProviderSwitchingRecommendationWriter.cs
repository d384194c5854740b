using AssessAgent.Agent.Assessing;
using AssessAgent.Agent.Providers;
using AssessAgent.Assessment;
using AssessAgent.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Agent.Hosting;

/// <summary>
/// Stands in for the offline <see cref="IRecommendationWriter"/>: the language model writes when the provider
/// resolves to Ollama, else the offline writer does.
/// </summary>
internal sealed class ProviderSwitchingRecommendationWriter : IRecommendationWriter
{
    private readonly IRecommendationWriter _offline;
    private readonly AssessmentProviderResolver _resolver;
    private readonly Lazy<OllamaRecommendationWriter> _ollama;

    public ProviderSwitchingRecommendationWriter(
        IRecommendationWriter offline,
        AssessmentProviderResolver resolver,
        IServiceProvider services)
    {
        _offline = offline;
        _resolver = resolver;
        _ollama = new Lazy<OllamaRecommendationWriter>(
            () => ActivatorUtilities.CreateInstance<OllamaRecommendationWriter>(services, offline));
    }

    public string Name => _resolver.Resolved?.UsesOllama == true ? OllamaQuestionAssessor.AssessorName : _offline.Name;

    public async Task<RecommendationDraft> WriteAsync(
        Transcript transcript,
        IReadOnlyList<SectionAssessment> sections,
        TranscriptDiagnosis diagnosis,
        CancellationToken cancellationToken = default)
    {
        var resolution = await _resolver.ResolveAsync(cancellationToken);

        return resolution.UsesOllama
            ? await _ollama.Value.WriteAsync(transcript, sections, diagnosis, cancellationToken)
            : await _offline.WriteAsync(transcript, sections, diagnosis, cancellationToken);
    }
}
