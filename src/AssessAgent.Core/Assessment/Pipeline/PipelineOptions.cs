using System.ComponentModel.DataAnnotations;

namespace AssessAgent.Assessment.Pipeline;

/// <summary>Options of <see cref="InterviewAssessmentPipeline"/>.</summary>
public sealed class PipelineOptions
{
    /// <summary>How many questions are assessed at once.</summary>
    /// <value>
    /// 4. The offline assessor is bound by the embedding model, which serializes its calls; a language-model
    /// assessor is bound by the model server, which a handful of parallel requests keeps busy without flooding.
    /// </value>
    [Range(1, 64)]
    public int MaxParallelQuestions { get; set; } = 4;
}
