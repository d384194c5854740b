using AssessAgent.Agent.Configuration;

namespace AssessAgent.Benchmarks.ModelPipeline;

/// <summary>One configuration the benchmark measures.</summary>
/// <param name="Plan">The call plan: three calls per answer or one.</param>
/// <param name="Questions">How many answered questions the transcript has.</param>
/// <param name="Parallelism">The configured <c>Ollama:MaxParallelism</c>.</param>
public sealed record GridPoint(AnswerCallPlan Plan, int Questions, int Parallelism);
