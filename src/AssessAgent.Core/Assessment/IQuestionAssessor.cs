namespace AssessAgent.Assessment;

/// <summary>
/// Assesses one answer: its score, strengths and improvements. The offline assessor implements it with sentence
/// embeddings; a language-model assessor implements it with prompts and falls back to the offline one.
/// </summary>
public interface IQuestionAssessor
{
    /// <summary>The assessor's name as reports record it, such as <c>offline</c>.</summary>
    string Name { get; }

    Task<QuestionAssessment> AssessAsync(QuestionContext context, CancellationToken cancellationToken = default);
}
