using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>
/// One check the <see cref="ReportChecker"/> runs on a finished report. A rule reads the report only and returns a
/// finding per defect; it never throws for a defect it finds. docs/report-format.md documents every rule.
/// </summary>
public interface IReportRule
{
    /// <summary>The stable id findings carry, in kebab case, such as <c>band-mismatch</c>.</summary>
    string Id { get; }

    /// <summary>What the rule catches, as one sentence.</summary>
    string Description { get; }

    /// <summary>The defects of this kind in <paramref name="report"/>; empty when there are none.</summary>
    IEnumerable<CheckerFinding> Check(AssessmentReport report);
}
