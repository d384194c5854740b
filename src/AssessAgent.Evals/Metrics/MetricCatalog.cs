using AssessAgent.Assessment;

namespace AssessAgent.Evals.Metrics;

/// <summary>Every metric an eval run reports, in the order tables show them.</summary>
public static class MetricCatalog
{
    public const string RelevanceAccuracy = "relevanceAccuracy";
    public const string OffTopicPrecision = "offTopicPrecision";
    public const string OffTopicRecall = "offTopicRecall";
    public const string ScoreMae = "scoreMae";
    public const string ScoreWithinRange = "scoreWithinRange";
    public const string ScoreWithinTolerance = "scoreWithinTolerance";
    public const string ScoreSpearman = "scoreSpearman";
    public const string BandAgreement = "bandAgreement";
    public const string RecommendationAgreement = "recommendationAgreement";
    public const string RecommendationKappa = "recommendationKappa";
    public const string MisalignmentAgreement = "misalignmentAgreement";
    public const string FlagAgreement = "flagAgreement";
    public const string ThemeRecall = "themeRecall";
    public const string QuoteGrounding = "quoteGrounding";
    public const string UnearnedStrengths = "unearnedStrengths";
    public const string CheckerFindingsPerCase = "checkerFindingsPerCase";
    public const string InvarianceViolations = "invarianceViolations";
    public const string VerbosityViolations = "verbosityViolations";
    public const string HumanSpearman = "humanSpearman";
    public const string HumanMeanDifference = "humanMeanDifference";
    public const string HumanKappa = "humanKappa";
    public const string FlakyCases = "flakyCases";
    public const string QuestionsUnmatched = "questionsUnmatched";
    public const string CasesFailed = "casesFailed";
    public const string ModelCallsPerCase = "modelCallsPerCase";
    public const string TokensPerCase = "tokensPerCase";
    public const string WallSecondsPerCase = "wallSecondsPerCase";

    private static readonly MetricDefinition[] Fixed =
    [
        new(RelevanceAccuracy, "Relevance accuracy", Direction.Higher, MetricUnit.Share,
            "Share of answers whose relevance label is one the golden accepts."),
        new(OffTopicPrecision, "Off-topic precision", Direction.Higher, MetricUnit.Share,
            "Of the answers called off-topic, the share that are (off-topic is the positive class)."),
        new(OffTopicRecall, "Off-topic recall", Direction.Higher, MetricUnit.Share,
            "Of the off-topic answers, the share caught: the heart of the product."),
        new(ScoreMae, "Score MAE", Direction.Lower, MetricUnit.Points,
            "Mean distance in points from each score to its accepted range, 0 inside it."),
        new(ScoreWithinRange, "Scores in range", Direction.Higher, MetricUnit.Share,
            "Share of scores inside the golden's accepted range."),
        new(ScoreWithinTolerance, "Scores in range ± tolerance", Direction.Higher, MetricUnit.Share,
            "Share of scores within the tolerance of the accepted range."),
        new(ScoreSpearman, "Score rank correlation", Direction.Higher, MetricUnit.Coefficient,
            "Spearman correlation between the scores and the middles of the accepted ranges."),
        new(BandAgreement, "Band agreement", Direction.Higher, MetricUnit.Share,
            "Share of scores whose band is one a score in the accepted range can have."),
        new(RecommendationAgreement, "Recommendation agreement", Direction.Higher, MetricUnit.Share,
            "Share of cases whose recommendation the golden accepts."),
        new(RecommendationKappa, "Recommendation kappa", Direction.Higher, MetricUnit.Coefficient,
            "Cohen's kappa between the recommendations and the golden's (its first accepted one when missed)."),
        new(MisalignmentAgreement, "Misalignment detection", Direction.Higher, MetricUnit.Share,
            "Share of cases whose misaligned diagnosis matches the golden."),
        new(FlagAgreement, "Flag agreement", Direction.Higher, MetricUnit.Share,
            "Share of answers with every required flag and no forbidden one (misaligned, injection-attempt)."),
        new(ThemeRecall, "Theme recall", Direction.Higher, MetricUnit.Share,
            "Share of golden strength and improvement themes the feedback covers by meaning."),
        new(QuoteGrounding, "Quote grounding", Direction.Higher, MetricUnit.Share,
            "Share of evidence quotes that occur in the answer they quote."),
        new(UnearnedStrengths, "Unearned strengths", Direction.Lower, MetricUnit.Count,
            "Strengths credited to answers the golden accepts only as off-topic or unanswered."),
        new(CheckerFindingsPerCase, "Checker findings per case", Direction.Lower, MetricUnit.Count,
            "Mean number of report-checker findings per report."),
        new(InvarianceViolations, "Invariance violations", Direction.Lower, MetricUnit.Count,
            "Scores that moved under a name swap, a reordering or padding when they must not."),
        new(VerbosityViolations, "Verbosity violations", Direction.Lower, MetricUnit.Count,
            "Answers that outscored the same substance said briefly in the case's terse twin."),
        new(HumanSpearman, "Rank correlation with people", Direction.Higher, MetricUnit.Coefficient,
            "Spearman correlation between the scores and the human interviewers' scores."),
        new(HumanMeanDifference, "Mean difference from people", Direction.None, MetricUnit.Points,
            "Mean of score minus the human interviewers' score: positive when the assessor is more generous."),
        new(HumanKappa, "Recommendation kappa with people", Direction.Higher, MetricUnit.Coefficient,
            "Cohen's kappa between the recommendations and the human interviewers' ones."),
        new(FlakyCases, "Flaky cases", Direction.Lower, MetricUnit.Count,
            "Cases whose scores spread beyond tolerance or whose recommendation changed over repeats."),
        new(QuestionsUnmatched, "Questions unmatched", Direction.Lower, MetricUnit.Count,
            "Golden questions the report has no assessment for."),
        new(CasesFailed, "Cases failed", Direction.Lower, MetricUnit.Count,
            "Cases the assessor could not assess at all."),
        new(ModelCallsPerCase, "Model calls per case", Direction.Lower, MetricUnit.Count,
            "Mean number of language-model calls per assessment (cache hits excluded)."),
        new(TokensPerCase, "Tokens per case", Direction.Lower, MetricUnit.Count,
            "Mean number of input and output tokens per assessment."),
        new(WallSecondsPerCase, "Wall time per case", Direction.Lower, MetricUnit.Seconds,
            "Mean wall-clock time per assessment."),
    ];

    private static readonly Dictionary<string, MetricDefinition> ById = Fixed
        .Concat(Enum.GetValues<RelevanceLabel>().SelectMany(PerLabel))
        .ToDictionary(definition => definition.Id);

    /// <summary>The headline metrics, in table order.</summary>
    public static IReadOnlyList<MetricDefinition> Headline => Fixed;

    /// <summary>Every metric, the per-label relevance scores after the headline ones.</summary>
    public static IEnumerable<MetricDefinition> All => ById.Values;

    public static string PrecisionId(RelevanceLabel label) => $"precision.{label}";

    public static string RecallId(RelevanceLabel label) => $"recall.{label}";

    /// <summary>The definition of <paramref name="id"/>; an unknown id reads as a plain number.</summary>
    public static MetricDefinition Get(string id) =>
        ById.TryGetValue(id, out var definition)
            ? definition
            : new MetricDefinition(id, id, Direction.None, MetricUnit.Count, "");

    public static bool IsKnown(string id) => ById.ContainsKey(id);

    private static IEnumerable<MetricDefinition> PerLabel(RelevanceLabel label) =>
    [
        new(PrecisionId(label), $"{label} precision", Direction.Higher, MetricUnit.Share,
            $"Of the answers labelled {label}, the share that deserve it."),
        new(RecallId(label), $"{label} recall", Direction.Higher, MetricUnit.Share,
            $"Of the answers that deserve {label}, the share labelled so."),
    ];
}
