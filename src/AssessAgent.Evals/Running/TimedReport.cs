using AssessAgent.Assessment;
using AssessAgent.Evals.Metrics;

namespace AssessAgent.Evals.Running;

/// <summary>A report and how long the assessor took to write it.</summary>
internal sealed record TimedReport(AssessmentReport Report, TimeSpan Elapsed)
{
    /// <summary>Model calls and tokens as the reports record them, and wall time, averaged over the runs.</summary>
    public static CaseUsage AverageUsage(IReadOnlyList<TimedReport> runs) => new(
        runs.Average(run => run.Report.Provenance.Usage?.ModelCalls ?? 0),
        runs.Average(run => run.Report.Provenance.Usage?.PromptTokens ?? 0),
        runs.Average(run => run.Report.Provenance.Usage?.CompletionTokens ?? 0),
        runs.Average(run => run.Elapsed.TotalSeconds));
}
