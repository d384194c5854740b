using AssessAgent.Assessment;
using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Goldens;
using AssessAgent.Evals.Metrics;
using AssessAgent.Tests.Evals.Harness.Fakes;

namespace AssessAgent.Tests.Evals.Harness;

// The case author's test types of the same names live in the enclosing namespace; these are the harness's.
using GoldenQuestion = AssessAgent.Evals.Goldens.GoldenQuestion;
using GoldenReport = AssessAgent.Evals.Goldens.GoldenReport;

/// <summary>
/// One hand-made case of four answers whose every metric was worked out by hand:
/// Q1 relevant, scored 80 in [70, 90]; Q2 off-topic, 10 in [0, 25]; Q3 off-topic but called relevant, 60
/// (35 above [0, 25]); Q4 partly relevant but called off-topic, 20 (10 below [30, 50]).
/// </summary>
public sealed class RunMetricsTests
{
    private static readonly GoldenReport Golden = TestReports.Golden("01-hand-made.json", [HiringDecision.Hire],
        TestReports.Question("Technical", 1, "How would you cache", RelevanceLabel.Relevant, 70, 90,
            strengthThemes: ["time to live for cache entries", "database sharding"]),
        TestReports.Question("Technical", 2, "Explain sharding", RelevanceLabel.OffTopic, 0, 25, flags: ["misaligned"]),
        TestReports.Question("Technical", 3, "Describe a failure", RelevanceLabel.OffTopic, 0, 25),
        TestReports.Question("Technical", 4, "How do you test", RelevanceLabel.PartlyRelevant, 30, 50));

    private static readonly Dictionary<int, (RelevanceLabel, int)> Verdicts = new()
    {
        [1] = (RelevanceLabel.Relevant, 80),
        [2] = (RelevanceLabel.OffTopic, 10),
        [3] = (RelevanceLabel.Relevant, 60),
        [4] = (RelevanceLabel.OffTopic, 20),
    };

    [Fact]
    public async Task Compute_HandMadeCase_RelevanceMetricsMatchHandCounts()
    {
        var metrics = await ComputeAsync(scoreTolerance: 5);

        Assert.Equal(0.5, metrics[MetricCatalog.RelevanceAccuracy]);
        Assert.Equal(0.5, metrics[MetricCatalog.OffTopicPrecision]);
        Assert.Equal(0.5, metrics[MetricCatalog.OffTopicRecall]);
        Assert.Equal(0.5, metrics[MetricCatalog.PrecisionId(RelevanceLabel.Relevant)]);
        Assert.Equal(1.0, metrics[MetricCatalog.RecallId(RelevanceLabel.Relevant)]);
        Assert.Equal(0.0, metrics[MetricCatalog.RecallId(RelevanceLabel.PartlyRelevant)]);
        Assert.Null(metrics[MetricCatalog.PrecisionId(RelevanceLabel.NoAnswer)]);
    }

    [Fact]
    public async Task Compute_HandMadeCase_ScoreMetricsMatchHandComputation()
    {
        var metrics = await ComputeAsync(scoreTolerance: 10);

        Assert.Equal(11.25, metrics[MetricCatalog.ScoreMae]);
        Assert.Equal(0.5, metrics[MetricCatalog.ScoreWithinRange]);
        Assert.Equal(0.75, metrics[MetricCatalog.ScoreWithinTolerance]);
        Assert.Equal(3 / Math.Sqrt(22.5), metrics[MetricCatalog.ScoreSpearman]!.Value, 10);
        Assert.Equal(0.5, metrics[MetricCatalog.BandAgreement]);
    }

    [Fact]
    public async Task Compute_HandMadeCase_FeedbackMetricsMatchHandCounts()
    {
        var metrics = await ComputeAsync(scoreTolerance: 5);

        Assert.Equal(0.5, metrics[MetricCatalog.ThemeRecall]);
        Assert.Equal(0.5, metrics[MetricCatalog.QuoteGrounding]);
        Assert.Equal(1, metrics[MetricCatalog.UnearnedStrengths]);
        Assert.Equal(0.75, metrics[MetricCatalog.FlagAgreement]);
        Assert.Equal(1.0, metrics[MetricCatalog.RecommendationAgreement]);
        Assert.Equal(0, metrics[MetricCatalog.CasesFailed]);
    }

    [Fact]
    public void Compute_HumanScores_GiveCorrelationMeanDifferenceAndKappa()
    {
        // Scores 80, 60, 40 against people's 90, 50, 45: ranks agree (rho 1), differences -10, 10, -5 (mean -5/3).
        // Recommendations (people, assessor): (Hire, Hire), (NoHire, Hire): observed 0.5, chance 0.5 * 1, kappa 0.
        var first = HumanCase("01-a.json", HiringDecision.Hire, HiringDecision.Hire, (80, 90), (60, 50));
        var second = HumanCase("02-b.json", HiringDecision.NoHire, HiringDecision.Hire, (40, 45));

        var metrics = RunMetrics.Compute([first, second], 5);

        Assert.Equal(1.0, metrics[MetricCatalog.HumanSpearman]!.Value, 10);
        Assert.Equal(-5.0 / 3, metrics[MetricCatalog.HumanMeanDifference]!.Value, 10);
        Assert.Equal(0.0, metrics[MetricCatalog.HumanKappa]!.Value, 10);
    }

    [Fact]
    public void Compute_FailedCase_CountsAsFailedAndStaysOutOfOtherMetrics()
    {
        var failed = new CaseResult { Name = "02-broken.json", Error = "could not read" };
        var good = HumanCase("01-a.json", HiringDecision.Hire, HiringDecision.Hire, (80, 80));

        var metrics = RunMetrics.Compute([good, failed], 5);

        Assert.Equal(1, metrics[MetricCatalog.CasesFailed]);
        Assert.Equal(1.0, metrics[MetricCatalog.RecommendationAgreement]);
    }

    private static async Task<IReadOnlyDictionary<string, double?>> ComputeAsync(int scoreTolerance)
    {
        var report = TestReports.Report(
            Golden, question => Verdicts[QuestionNumber(question)], HiringDecision.Hire, Adjust);
        var scorer = new CaseScorer(new ThemeMatcher(new WordEmbeddingGenerator(), 0.5));

        var result = await scorer.ScoreAsync(new EvalCase("01-hand-made.json", "c", "g", Golden), report);

        return RunMetrics.Compute([result], scoreTolerance);
    }

    private static int QuestionNumber(GoldenQuestion question) => question.Position;

    private static QuestionAssessment Adjust(GoldenQuestion golden, QuestionAssessment assessment) =>
        golden.Position switch
        {
            1 => assessment with
            {
                Strengths = [new Feedback("Explains a time to live for cache entries", "time to live")],
                Improvements = [new Feedback("Could shard", "sharded by customer")],
            },
            2 => assessment with
            {
                Strengths = [new Feedback("Fluent")],
                Flags = [new QuestionFlag("misaligned", "Answers another question.")],
            },
            3 => assessment with { Flags = [new QuestionFlag("injection-attempt", "Asks for a score.")] },
            _ => assessment,
        };

    private static CaseResult HumanCase(
        string name,
        HiringDecision human,
        HiringDecision actual,
        params (int Actual, int Human)[] scores) =>
        new()
        {
            Name = name,
            AcceptedRecommendations = [human],
            ActualRecommendation = actual,
            HumanRecommendation = human,
            Questions = scores.Select((score, index) => new QuestionResult
            {
                Index = index,
                Section = "Technical",
                Position = index + 1,
                Question = "Q",
                Matched = true,
                ExpectedRelevance = RelevanceLabel.Relevant,
                AcceptedRelevance = [RelevanceLabel.Relevant],
                ActualRelevance = RelevanceLabel.Relevant,
                ScoreMin = 0,
                ScoreMax = 100,
                ActualScore = score.Actual,
                ExpectedBand = ScoreBand.Fair,
                HumanScore = score.Human,
            }).ToList(),
        };
}
