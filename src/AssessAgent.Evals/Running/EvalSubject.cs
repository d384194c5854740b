using AssessAgent.Assessment;

namespace AssessAgent.Evals.Running;

/// <summary>One configuration under test: an assessor and the settings it was built with.</summary>
/// <param name="Label">A short name for tables, such as the prompt version <c>v2</c> or <c>offline</c>.</param>
/// <param name="Assessor">The assessor, built with <paramref name="Settings"/>.</param>
/// <param name="Settings">The settings that make this configuration, such as <c>Prompts:Version = v2</c>.</param>
public sealed record EvalSubject(
    string Label,
    IInterviewAssessor Assessor,
    IReadOnlyDictionary<string, string?> Settings);
