namespace AssessAgent.Evals.Gate;

/// <summary>What the gate found: every limit a run broke. The run passes when there is none.</summary>
/// <param name="Violations">One sentence per broken limit, naming the metric, its value and the limit.</param>
/// <param name="Skipped">
/// Metrics with a limit that the run leaves undefined, such as recall without positives.
/// </param>
public sealed record GateResult(IReadOnlyList<GateViolation> Violations, IReadOnlyList<string> Skipped)
{
    public bool Passed => Violations.Count == 0;

    /// <summary>
    /// The process exit code: 0 when the gate passes, <see cref="EvalExitCodes.GateFailed"/> when not.
    /// </summary>
    public int ExitCode => Passed ? EvalExitCodes.Success : EvalExitCodes.GateFailed;
}

/// <summary>One broken limit.</summary>
/// <param name="MetricId">The metric.</param>
/// <param name="Message">What is wrong, such as "Relevance accuracy 71.0% is below the minimum 80.0%".</param>
public sealed record GateViolation(string MetricId, string Message);

/// <summary>The exit codes of <c>assessagent eval</c> beyond the command line's usual ones.</summary>
public static class EvalExitCodes
{
    public const int Success = 0;

    /// <summary>A metric fell below its threshold, or dropped against the baseline by more than allowed.</summary>
    public const int GateFailed = 4;
}
