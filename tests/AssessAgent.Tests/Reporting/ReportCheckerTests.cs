using System.Text.RegularExpressions;
using AssessAgent.Assessment;
using AssessAgent.Reporting;
using AssessAgent.Reporting.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Tests.Reporting;

public sealed class ReportCheckerTests
{
    private readonly ReportChecker checker = new();

    public static TheoryData<string> CleanReports => ["complete", "minimal", "misaligned"];

    [Theory]
    [MemberData(nameof(CleanReports))]
    public void Check_ConsistentReport_FindsNothing(string name)
    {
        var report = name switch
        {
            "complete" => SampleReports.Complete(),
            "minimal" => SampleReports.Minimal(),
            _ => SampleReports.Misaligned(),
        };

        Assert.Empty(checker.Check(report));
    }

    [Fact]
    public void Check_PreviouslyReportedScoreAbove100_FlagsScoreOutOfRange()
    {
        var report = SampleReports.Complete()
            .WithQuestion("screening-1", q => q with { PreviouslyReportedScore = 140 });

        AssertOnly(report, "score-out-of-range", "screening-1");
    }

    [Theory]
    [InlineData("Recommendation: lean no hire (26% confidence).", "lean no hire")]
    [InlineData("Our recommendation is a no-hire.", "no-hire")]
    public void Check_SummaryStatesAnotherRecommendation_FlagsSummaryContradictsRecommendation(
        string sentence,
        string stated)
    {
        var report = SampleReports.Complete() with
        {
            ExecutiveSummary = SampleReports.Complete().ExecutiveSummary + " " + sentence,
        };

        var finding = AssertOnly(report, "summary-contradicts-recommendation");
        Assert.Contains($"\"{stated}\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SummaryStatesTheReportsOwnRecommendation_FindsNothing()
    {
        var report = SampleReports.Complete();
        var own = ReportText.DecisionInSentence(report.Recommendation.Decision);

        Assert.Empty(checker.Check(report with { ExecutiveSummary = $"Recommendation: {own}." }));
    }

    [Fact]
    public void Check_SectionBandAboveItsScore_FlagsBandMismatch()
    {
        var report = SampleReports.Complete().WithSection(0, section => section with { Band = ScoreBand.Excellent });

        var finding = AssertOnly(report, "band-mismatch");
        Assert.Equal("The section Screening is labelled excellent but its score 80 is good.", finding.Message);
    }

    [Fact]
    public void Check_SectionScoreFarFromItsWeightedMean_FlagsSectionScore()
    {
        // The plain mean of 74 and 50 is 62; with technical-1 weighted 2 the section's score is 66.
        var report = SampleReports.Complete().WithSection(1, section => section with { Score = 62 });

        var finding = AssertOnly(report, "section-score-not-weighted-mean");
        Assert.Contains("66", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PartlyRelevantAnswerScoredAbove50_FlagsRelevanceCap()
    {
        var report = SampleReports.Complete().WithQuestion("technical-2", q => q with { Score = 60 });

        AssertOnly(report, "score-above-relevance-cap", "technical-2");
    }

    [Theory]
    [InlineData(RelevanceLabel.OffTopic, 26)]
    [InlineData(RelevanceLabel.NoAnswer, 1)]
    public void Check_ScoreJustAboveTheCap_FlagsRelevanceCap(RelevanceLabel label, int score)
    {
        var report = SampleReports.Misaligned().WithQuestion("screening-1", q => q with
        {
            Answer = label == RelevanceLabel.NoAnswer ? null : q.Answer,
            Relevance = q.Relevance with { Label = label },
            Score = score,
        });

        Assert.Contains(checker.Check(report), finding => finding.Rule == "score-above-relevance-cap");
    }

    [Fact]
    public void Check_MissingAnswerJudgedRelevant_FlagsNoAnswerMismatch()
    {
        // The diagnosis counts the question answered, as the pipeline's diagnosis counts every verdict but NoAnswer.
        var report = SampleReports.Minimal().WithQuestion("interview-1", q => q with
        {
            Relevance = q.Relevance with { Label = RelevanceLabel.Relevant },
        });
        report = report with { Diagnosis = report.Diagnosis with { AnsweredCount = 1 } };

        AssertOnly(report, "no-answer-mismatch", "interview-1");
    }

    // "I don't know" is words but no answer: the assessor judges it NoAnswer and the diagnosis counts it unanswered
    // (evals case 07); the checker must agree with both rather than flag the report against itself.
    [Theory]
    [InlineData("I don't know, sorry.")]
    [InlineData("I do not know.")]
    [InlineData("[inaudible]")]
    [InlineData("حدثني عن نفسك وخبرتك المهنية وأنظمة الدفع")]
    public void Check_AnswerGivingNothingToJudgeJudgedNoAnswer_NoMismatch(string answer)
    {
        var report = SampleReports.Minimal().WithQuestion("interview-1", q => q with { Answer = answer });

        // A placeholder is still reported as a gap in the transcript by placeholder-text, rightly.
        Assert.DoesNotContain(checker.Check(report),
            finding => finding.Rule is "no-answer-mismatch" or "diagnosis-counts-mismatch");
    }

    [Fact]
    public void Check_RealAnswerJudgedNoAnswer_FlagsNoAnswerMismatch()
    {
        var report = SampleReports.Minimal().WithQuestion("interview-1", q => q with
        {
            Answer = "I would shard the table by customer id and add a read replica per region.",
        });

        AssertOnly(report, "no-answer-mismatch", "interview-1");
    }

    [Fact]
    public void Check_StrengthOnOffTopicAnswer_FlagsStrengthOnIrrelevantAnswer()
    {
        var report = SampleReports.Misaligned().WithQuestion("screening-1", q => q with
        {
            Strengths = [new Feedback("Demonstrated understanding of trade-offs.")],
        });

        AssertOnly(report, "strength-on-irrelevant-answer", "screening-1");
    }

    [Fact]
    public void Check_KeyStrengthCitingOffTopicAnswer_FlagsStrengthOnIrrelevantAnswer()
    {
        var report = SampleReports.Misaligned() with
        {
            KeyStrengths = [new Finding("Trade-offs", "Weighs options.", ["screening-2"])],
        };

        AssertOnly(report, "strength-on-irrelevant-answer", "screening-2");
    }

    [Fact]
    public void Check_FindingCitingUnknownQuestion_FlagsUnknownQuestionReference()
    {
        var report = SampleReports.Complete() with
        {
            AreasForImprovement = [new Finding("Depth", "Stays shallow.", ["technical-9"])],
        };

        AssertOnly(report, "unknown-question-reference");
    }

    [Fact]
    public void Check_DiagnosisCountingOffTopicAnswersThatAreNot_FlagsDiagnosisCounts()
    {
        var report = SampleReports.Complete() with
        {
            Diagnosis = SampleReports.Complete().Diagnosis with { OffTopicCount = 1 },
        };

        AssertOnly(report, "diagnosis-counts-mismatch");
    }

    [Fact]
    public void Check_SummaryPraisingAWeakInterview_FlagsSummaryContradictsScores()
    {
        var report = SampleReports.Misaligned() with { ExecutiveSummary = "Alex gave excellent, detailed answers." };

        var finding = AssertOnly(report, "summary-contradicts-scores");
        Assert.Contains("\"excellent\"", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Alex gave no strong answers to the questions asked.")]
    [InlineData("The answers were not excellent and often missed the question.")]
    public void Check_NegatedPraiseOnAWeakInterview_FindsNothing(string summary)
    {
        var report = SampleReports.Misaligned() with { ExecutiveSummary = summary };

        Assert.Empty(checker.Check(report));
    }

    [Theory]
    [InlineData("Alex showed no notable strengths.")]
    [InlineData("The candidate didn't show any strengths.")]
    [InlineData("There are no weaknesses to report.")]
    public void Check_SummaryDenyingListedFindings_FlagsSummaryDeniesListedFindings(string summary)
    {
        var report = SampleReports.Complete() with { ExecutiveSummary = summary };

        AssertOnly(report, "summary-denies-listed-findings");
    }

    [Fact]
    public void Check_HireOnMisalignedTranscript_FlagsHireDespiteMisalignment()
    {
        var report = SampleReports.Misaligned().WithDecision(HiringDecision.Hire);

        var rules = checker.Check(report).Select(finding => finding.Rule).ToList();

        Assert.Equal(["hire-despite-misalignment", "misaligned-not-inconclusive"], rules);
    }

    [Fact]
    public void Check_LeanHireWithMostAnswersOffTopicButNoMisalignedDiagnosis_FlagsHireDespiteMisalignment()
    {
        var report = SampleReports.Misaligned().WithDecision(HiringDecision.LeanHire) with
        {
            Diagnosis = SampleReports.Misaligned().Diagnosis with { Misaligned = false },
        };

        var finding = AssertOnly(report, "hire-despite-misalignment");
        Assert.Contains("2 of 3 answers", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoHireOnMisalignedTranscript_FlagsMisalignedNotInconclusive()
    {
        var report = SampleReports.Misaligned().WithDecision(HiringDecision.NoHire);

        AssertOnly(report, "misaligned-not-inconclusive");
    }

    [Fact]
    public void Check_InconclusiveWithEmptyReasoning_FlagsInconclusiveWithoutReason()
    {
        var minimal = SampleReports.Minimal();
        var report = minimal with { Recommendation = minimal.Recommendation with { Reasoning = "  " } };

        AssertOnly(report, "inconclusive-without-reason");
    }

    [Theory]
    [InlineData(1.4)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Check_ConfidenceOutside0To1_FlagsConfidenceOutOfRange(double confidence)
    {
        var complete = SampleReports.Complete();
        var report = complete with { Recommendation = complete.Recommendation with { Confidence = confidence } };

        AssertOnly(report, "confidence-out-of-range");
    }

    [Theory]
    [InlineData("Score breakdown: [illegible]", "[illegible]")]
    [InlineData("Communication: N/A", "N/A")]
    [InlineData("System design: TBD", "TBD")]
    [InlineData("The interview lasted 0 minutes.", "0 minutes")]
    [InlineData("Lorem ipsum dolor sit amet.", "Lorem")]
    [InlineData("Dear {{candidate}}, thank you.", "{{candidate}}")]
    public void Check_PlaceholderInSummary_FlagsPlaceholderText(string summary, string placeholder)
    {
        var report = SampleReports.Complete() with { ExecutiveSummary = summary };

        var finding = AssertOnly(report, "placeholder-text");
        Assert.Equal($"The executive summary holds the placeholder \"{placeholder}\".", finding.Message);
    }

    [Fact]
    public void Check_ZeroDuration_FlagsPlaceholderText()
    {
        var complete = SampleReports.Complete();
        var report = complete with { Header = complete.Header with { Duration = TimeSpan.Zero } };

        AssertOnly(report, "placeholder-text");
    }

    [Fact]
    public void Check_CandidateSayingTbdInAnAnswer_FindsNothing()
    {
        var report = SampleReports.Complete().WithQuestion("screening-1", q => q with
        {
            Answer = "The schema was TBD for months, so I wrote it; we had 0 minutes of downtime.",
        });

        Assert.Empty(checker.Check(report));
    }

    [Fact]
    public void Check_IllegibleMarkerInAnAnswer_FlagsPlaceholderText()
    {
        var report = SampleReports.Complete().WithQuestion("screening-1", q => q with
        {
            Answer = "I built [inaudible] at a fintech startup.",
        });

        AssertOnly(report, "placeholder-text", "screening-1");
    }

    [Fact]
    public void Check_RuleThatThrows_ReportsRuleFailedAndRunsTheOtherRules()
    {
        var checkerWithBrokenRule = new ReportChecker([new ThrowingRule(), new ConfidenceOutOfRangeRule()]);
        var complete = SampleReports.Complete();
        var report = complete with { Recommendation = complete.Recommendation with { Confidence = 2 } };

        var rules = checkerWithBrokenRule.Check(report).Select(finding => finding.Rule).ToList();

        Assert.Equal([ReportChecker.RuleFailedId, "confidence-out-of-range"], rules);
    }

    [Fact]
    public void Check_SeedLikeReport_FlagsItsContradictions()
    {
        // Off-topic answers scored "good" with strengths, a "0 minutes" duration, a firm verdict on a misaligned
        // transcript: what the seed report does.
        var misaligned = SampleReports.Misaligned();
        var report = misaligned.WithQuestion("screening-1", q => q with
        {
            Score = 66,
            Strengths = [new Feedback("Explained their background and passion for the role.")],
        }).WithDecision(HiringDecision.NoHire) with
        {
            Header = misaligned.Header with { Duration = TimeSpan.Zero },
        };

        var rules = checker.Check(report).Select(finding => finding.Rule).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "score-above-relevance-cap", "strength-on-irrelevant-answer", "misaligned-not-inconclusive",
                "placeholder-text",
            },
            rules);
    }

    [Fact]
    public void Checker_ResolvedFromServiceCollection_RunsTheDefaultRules()
    {
        using var services = new ServiceCollection()
            .AddSingleton<IReportChecker, ReportChecker>()
            .BuildServiceProvider();

        var resolved = Assert.IsType<ReportChecker>(services.GetRequiredService<IReportChecker>());

        Assert.Equal(ReportRules.Default, resolved.Rules);
    }

    [Fact]
    public void DefaultRules_HaveUniqueKebabCaseIds()
    {
        var ids = ReportRules.Default.Select(rule => rule.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+(-[a-z]+)*$", id));
    }

    [Fact]
    public void DefaultRules_AreEachDocumentedInTheReportFormatDoc()
    {
        var doc = RepositoryFiles.Read("docs/report-format.md");

        var undocumented = ReportRules.Default
            .Select(rule => rule.Id)
            .Append(ReportChecker.RuleFailedId)
            .Where(id => !Regex.IsMatch(doc, $"^#+ `{Regex.Escape(id)}`", RegexOptions.Multiline))
            .ToList();

        Assert.Empty(undocumented);
    }

    private CheckerFinding AssertOnly(AssessmentReport report, string rule, string? questionId = null)
    {
        var findings = checker.Check(report);

        var finding = Assert.Single(findings);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(questionId, finding.QuestionId);
        Assert.EndsWith(".", finding.Message, StringComparison.Ordinal);

        return finding;
    }

    private sealed class ThrowingRule : IReportRule
    {
        public string Id => "throwing";

        public string Description => "Always fails.";

        public IEnumerable<CheckerFinding> Check(AssessmentReport report) =>
            throw new InvalidOperationException("boom");
    }
}
