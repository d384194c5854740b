namespace AssessAgent.Evals.Running;

/// <summary>
/// Counts a run's assessments and reports each step. Every case takes the same number of steps on the bar; the
/// steps a case does not take (a failed case, a variant its transcript cannot have) are passed at its end.
/// </summary>
internal sealed class ProgressTracker(IProgress<EvalProgress>? progress, int caseCount, int stepsPerCase)
{
    private int _completed;

    public int Total => caseCount * stepsPerCase;

    public void Starting(string description) => progress?.Report(new EvalProgress(_completed, Total, description));

    public void Finished(string description)
    {
        _completed = Math.Min(Total, _completed + 1);
        progress?.Report(new EvalProgress(_completed, Total, description));
    }

    /// <summary>Moves the bar to the end of case number <paramref name="caseIndex"/> (0-based).</summary>
    public void CaseDone(int caseIndex, string description)
    {
        _completed = Math.Min(Total, (caseIndex + 1) * stepsPerCase);
        progress?.Report(new EvalProgress(_completed, Total, description));
    }
}
