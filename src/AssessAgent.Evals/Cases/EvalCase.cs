using AssessAgent.Evals.Goldens;

namespace AssessAgent.Evals.Cases;

/// <summary>One eval case: the transcript file and the golden report it is judged against.</summary>
/// <param name="Name">The case file's name, such as <c>05-shifted-by-one.json</c>.</param>
/// <param name="CasePath">The transcript file.</param>
/// <param name="GoldenPath">The golden file.</param>
/// <param name="Golden">The golden, validated.</param>
public sealed record EvalCase(string Name, string CasePath, string GoldenPath, GoldenReport Golden);
