using AssessAgent.Transcripts;

namespace AssessAgent.Assessment;

/// <summary>
/// Decides, for every answer of an interview, whether it addresses its question, another question of the same
/// interview, or a standard interview question never asked. It sees the whole transcript at once because a
/// shifted or misaligned transcript shows only across questions.
/// </summary>
public interface IRelevanceAnalyzer
{
    /// <returns>A verdict per question id.</returns>
    Task<IReadOnlyDictionary<string, RelevanceVerdict>> AnalyzeAsync(
        Transcript transcript,
        CancellationToken cancellationToken = default);
}
