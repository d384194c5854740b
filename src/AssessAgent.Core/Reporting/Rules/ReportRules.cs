namespace AssessAgent.Reporting.Rules;

/// <summary>The rules the report checker runs unless it is given others. Add a new rule here.</summary>
public static class ReportRules
{
    /// <summary>Every rule, in the order their findings are listed.</summary>
    public static IReadOnlyList<IReportRule> Default { get; } =
    [
        new ScoreOutOfRangeRule(),
        new BandMismatchRule(),
        new SectionScoreRule(),
        new RelevanceCapRule(),
        new NoAnswerMismatchRule(),
        new StrengthOnIrrelevantAnswerRule(),
        new UnknownQuestionReferenceRule(),
        new DiagnosisCountsRule(),
        new SummaryContradictsScoresRule(),
        new SummaryContradictsRecommendationRule(),
        new SummaryDeniesListedFindingsRule(),
        new HireDespiteMisalignmentRule(),
        new MisalignedNotInconclusiveRule(),
        new InconclusiveWithoutReasonRule(),
        new ConfidenceOutOfRangeRule(),
        new PlaceholderTextRule(),
    ];
}
