using AssessAgent.Assessment;
using AssessAgent.Reporting.Rules;

namespace AssessAgent.Reporting;

/// <summary>
/// Reads a finished report for internal contradictions and defects by running a list of small rules
/// (<see cref="ReportRules.Default"/> unless given others). It reports, it never repairs: the findings go into the
/// report so that a reader sees them.
/// </summary>
public sealed class ReportChecker : IReportChecker
{
    /// <summary>The id of the finding written when a rule itself fails.</summary>
    public const string RuleFailedId = "rule-failed";

    /// <summary>A checker with every rule of <see cref="ReportRules.Default"/>.</summary>
    public ReportChecker()
        : this(ReportRules.Default)
    {
    }

    /// <summary>A checker with the given rules, run in order.</summary>
    /// <remarks>
    /// A list rather than a sequence on purpose: a dependency-injection container resolves any
    /// <see cref="IEnumerable{T}"/>, even with nothing registered, and would pick this constructor with no rules.
    /// </remarks>
    public ReportChecker(IReadOnlyList<IReportRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);

        Rules = [.. rules];
    }

    /// <summary>The rules run, in order.</summary>
    public IReadOnlyList<IReportRule> Rules { get; }

    /// <inheritdoc/>
    public IReadOnlyList<CheckerFinding> Check(AssessmentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var findings = new List<CheckerFinding>();
        foreach (var rule in Rules)
        {
            findings.AddRange(Run(rule, report));
        }

        return findings;
    }

    private static IEnumerable<CheckerFinding> Run(IReportRule rule, AssessmentReport report)
    {
        try
        {
            return [.. rule.Check(report)];
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A report odd enough to break a rule is itself worth a finding; losing the other rules' findings to
            // one rule's failure would hide more than it shows.
            var message = $"The rule {rule.Id} could not check this report: {exception.Message}";

            return [new CheckerFinding(RuleFailedId, message)];
        }
    }
}
