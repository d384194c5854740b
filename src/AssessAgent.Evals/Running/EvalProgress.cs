namespace AssessAgent.Evals.Running;

/// <summary>How far a run has got, for a progress bar.</summary>
/// <param name="Completed">Assessments finished so far.</param>
/// <param name="Total">Assessments the run will make.</param>
/// <param name="Description">What is being assessed now, such as <c>05-shifted-by-one.json (padded)</c>.</param>
public sealed record EvalProgress(int Completed, int Total, string Description);
