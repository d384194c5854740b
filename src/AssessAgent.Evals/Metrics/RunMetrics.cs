using AssessAgent.Assessment;
using AssessAgent.Evals.Invariance;

namespace AssessAgent.Evals.Metrics;

/// <summary>Computes every metric of <see cref="MetricCatalog"/> from the results of the cases of one run.</summary>
public static class RunMetrics
{
    /// <param name="cases">The results of every case, failed ones included.</param>
    /// <param name="scoreTolerance">How many points outside the accepted range still count as within tolerance.</param>
    /// <returns>Each metric's value by id; null where the data leave it undefined.</returns>
    public static IReadOnlyDictionary<string, double?> Compute(IReadOnlyList<CaseResult> cases, int scoreTolerance)
    {
        var assessed = cases.Where(result => result.Error is null).ToList();
        var matched = assessed.SelectMany(result => result.Questions).Where(question => question.Matched).ToList();
        var values = new Dictionary<string, double?>();

        AddRelevance(values, matched);
        AddScores(values, matched, scoreTolerance);
        AddRecommendations(values, assessed);
        AddFeedback(values, assessed, matched);
        AddHumanCalibration(values, assessed);
        AddRobustness(values, cases, assessed);
        AddUsage(values, assessed);

        return values;
    }

    private static void AddRelevance(Dictionary<string, double?> values, List<QuestionResult> matched)
    {
        var pairs = matched
            .Select(question => (Truth: question.DeservedRelevance, Predicted: question.ActualRelevance!.Value))
            .ToList();

        values[MetricCatalog.RelevanceAccuracy] = Statistics.Share(matched, question => question.RelevanceCorrect);
        foreach (var label in Enum.GetValues<RelevanceLabel>())
        {
            var scores = LabelScores.For(label, pairs);
            values[MetricCatalog.PrecisionId(label)] = scores.Precision;
            values[MetricCatalog.RecallId(label)] = scores.Recall;
        }

        values[MetricCatalog.OffTopicPrecision] = values[MetricCatalog.PrecisionId(RelevanceLabel.OffTopic)];
        values[MetricCatalog.OffTopicRecall] = values[MetricCatalog.RecallId(RelevanceLabel.OffTopic)];
    }

    private static void AddScores(Dictionary<string, double?> values, List<QuestionResult> matched, int tolerance)
    {
        values[MetricCatalog.ScoreMae] = Statistics.Mean(matched.Select(question => (double)question.Distance!.Value));
        values[MetricCatalog.ScoreWithinRange] = Statistics.Share(matched, question => question.InRange);
        values[MetricCatalog.ScoreWithinTolerance] =
            Statistics.Share(matched, question => question.Distance <= tolerance);
        values[MetricCatalog.ScoreSpearman] = Statistics.Spearman(
            matched.Select(question => (double)question.ActualScore!.Value).ToList(),
            matched.Select(question => (question.ScoreMin + question.ScoreMax) / 2.0).ToList());
        values[MetricCatalog.BandAgreement] = Statistics.Share(matched, question => question.BandAgrees);
    }

    private static void AddRecommendations(Dictionary<string, double?> values, List<CaseResult> assessed)
    {
        var pairs = assessed
            .Where(result => result.ActualRecommendation is not null && result.DeservedRecommendation is not null)
            .Select(result => (result.DeservedRecommendation!.Value, result.ActualRecommendation!.Value))
            .ToList();

        values[MetricCatalog.RecommendationAgreement] =
            Statistics.Share(assessed, result => result.RecommendationAgrees);
        values[MetricCatalog.RecommendationKappa] = Statistics.CohenKappa<HiringDecision>(pairs);
        values[MetricCatalog.MisalignmentAgreement] =
            Statistics.Share(assessed, result => result.ActualMisaligned == result.ExpectedMisaligned);
    }

    private static void AddFeedback(
        Dictionary<string, double?> values,
        List<CaseResult> assessed,
        List<QuestionResult> matched)
    {
        var themes = matched.Sum(question => question.ThemesExpected);
        var quotes = matched.Sum(question => question.QuotesTotal);

        values[MetricCatalog.FlagAgreement] = Statistics.Share(matched, question => question.FlagProblems.Count == 0);
        values[MetricCatalog.ThemeRecall] = Ratio(matched.Sum(question => question.ThemesMatched), themes);
        values[MetricCatalog.QuoteGrounding] = Ratio(matched.Sum(question => question.QuotesGrounded), quotes);
        values[MetricCatalog.UnearnedStrengths] = matched.Sum(question => question.UnearnedStrengths);
        values[MetricCatalog.CheckerFindingsPerCase] =
            Statistics.Mean(assessed.Select(result => (double)result.CheckerFindings.Count));
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static void AddHumanCalibration(Dictionary<string, double?> values, List<CaseResult> assessed)
    {
        var scored = assessed.SelectMany(result => result.Questions)
            .Where(question => question.Matched && question.HumanScore is not null)
            .ToList();
        var recommendations = assessed
            .Where(result => result.HumanRecommendation is not null && result.ActualRecommendation is not null)
            .Select(result => (result.HumanRecommendation!.Value, result.ActualRecommendation!.Value))
            .ToList();
        var differences = scored.Select(question => (double)(question.ActualScore!.Value - question.HumanScore!.Value));

        values[MetricCatalog.HumanSpearman] = Statistics.Spearman(
            scored.Select(question => (double)question.ActualScore!.Value).ToList(),
            scored.Select(question => (double)question.HumanScore!.Value).ToList());
        values[MetricCatalog.HumanMeanDifference] = Statistics.Mean(differences);
        values[MetricCatalog.HumanKappa] = Statistics.CohenKappa<HiringDecision>(recommendations);
    }

    private static void AddRobustness(
        Dictionary<string, double?> values,
        IReadOnlyList<CaseResult> cases,
        List<CaseResult> assessed)
    {
        var repeated = assessed.Where(result => result.Stability is not null).ToList();

        values[MetricCatalog.InvarianceViolations] =
            CountViolations(assessed, kind => kind != InvarianceKind.Verbosity);
        values[MetricCatalog.VerbosityViolations] =
            CountViolations(assessed, kind => kind == InvarianceKind.Verbosity);
        values[MetricCatalog.FlakyCases] =
            repeated.Count == 0 ? null : repeated.Count(result => !result.Stability!.Stable);
        values[MetricCatalog.QuestionsUnmatched] =
            assessed.Sum(result => result.Questions.Count(question => !question.Matched));
        values[MetricCatalog.CasesFailed] = cases.Count - assessed.Count;
    }

    private static double? CountViolations(List<CaseResult> assessed, Func<InvarianceKind, bool> kinds)
    {
        var checks = assessed.SelectMany(result => result.Invariance).Where(check => kinds(check.Kind)).ToList();

        return checks.Count == 0 ? null : checks.Sum(check => check.Violations.Count);
    }

    private static void AddUsage(Dictionary<string, double?> values, List<CaseResult> assessed)
    {
        values[MetricCatalog.ModelCallsPerCase] = Statistics.Mean(assessed.Select(result => result.Usage.ModelCalls));
        values[MetricCatalog.TokensPerCase] = Statistics.Mean(assessed.Select(result => result.Usage.TotalTokens));
        values[MetricCatalog.WallSecondsPerCase] = Statistics.Mean(assessed.Select(result => result.Usage.WallSeconds));
    }
}
