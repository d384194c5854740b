using AssessAgent.Agent.Assessing;
using AssessAgent.Agent.Providers;
using AssessAgent.Assessment;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Agent.Hosting;

/// <summary>
/// Stands in for the offline <see cref="IQuestionAssessor"/>: hands each answer to the language model when the
/// provider resolves to Ollama, else to the offline assessor. The model's assessor is built only when needed.
/// </summary>
internal sealed class ProviderSwitchingQuestionAssessor : IQuestionAssessor
{
    private readonly IQuestionAssessor _offline;
    private readonly AssessmentProviderResolver _resolver;
    private readonly Lazy<OllamaQuestionAssessor> _ollama;

    public ProviderSwitchingQuestionAssessor(
        IQuestionAssessor offline,
        AssessmentProviderResolver resolver,
        IServiceProvider services)
    {
        _offline = offline;
        _resolver = resolver;
        _ollama = new Lazy<OllamaQuestionAssessor>(
            () => ActivatorUtilities.CreateInstance<OllamaQuestionAssessor>(services, offline));
    }

    public string Name => _resolver.Resolved?.UsesOllama == true ? OllamaQuestionAssessor.AssessorName : _offline.Name;

    public async Task<QuestionAssessment> AssessAsync(
        QuestionContext context,
        CancellationToken cancellationToken = default)
    {
        var resolution = await _resolver.ResolveAsync(cancellationToken);

        return resolution.UsesOllama
            ? await _ollama.Value.AssessAsync(context, cancellationToken)
            : await _offline.AssessAsync(context, cancellationToken);
    }
}
