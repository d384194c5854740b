using AssessAgent.Assessment;

namespace AssessAgent.Reporting.Rules;

/// <summary>
/// Flags a hire-leaning decision (strong hire, hire, lean hire) on a transcript that is misaligned by the diagnosis
/// or whose answers are judged off-topic at least half the time.
/// </summary>
public sealed class HireDespiteMisalignmentRule : IReportRule
{
    /// <inheritdoc/>
    public string Id => "hire-despite-misalignment";

    /// <inheritdoc/>
    public string Description =>
        "The decision leans to hire although the transcript is misaligned or half its answers or more are off-topic.";

    /// <inheritdoc/>
    public IEnumerable<CheckerFinding> Check(AssessmentReport report)
    {
        var decision = report.Recommendation.Decision;
        if (decision is not (HiringDecision.StrongHire or HiringDecision.Hire or HiringDecision.LeanHire))
        {
            yield break;
        }

        var answered = report.AllQuestions.Where(question => !string.IsNullOrWhiteSpace(question.Answer)).ToList();
        var offTopic = answered.Count(question => question.Relevance.Label == RelevanceLabel.OffTopic);
        var decisionWords = ReportText.DecisionInSentence(decision);

        if (report.Diagnosis.Misaligned)
        {
            yield return new CheckerFinding(
                Id,
                $"The decision is {decisionWords} although the diagnosis finds the transcript misaligned.");
        }
        else if (answered.Count > 0 && offTopic * 2 >= answered.Count)
        {
            yield return new CheckerFinding(
                Id,
                $"The decision is {decisionWords} although {offTopic} of {answered.Count} answers "
                + "address other questions than the ones asked.");
        }
    }
}
