using AssessAgent.Assessment;
using AssessAgent.Evals.Goldens;

namespace AssessAgent.Tests.Evals;

/// <summary>The product's scoring rules and the eval README's judgement rules, checked on every golden.</summary>
public sealed class GoldenRulesTests
{
    // A relevant answer's range wider than this could not tell a Fair answer from an Excellent one.
    private const int WidestRelevantRange = 30;

    public static TheoryData<string> Goldens => EvalFiles.GoldenNames();

    [Theory]
    [MemberData(nameof(Goldens))]
    public void ScoreRanges_AreOrderedAndWithinRelevanceCaps(string goldenName)
    {
        var golden = GoldenLoader.Load(EvalFiles.GoldenPath(goldenName));

        foreach (var question in golden.Questions)
        {
            var cap = question.AcceptedRelevance.Max(RelevanceCap);

            Assert.True(question.MinScore <= question.MaxScore, $"{goldenName}: {question.Describe()} min > max.");
            Assert.True(question.MaxScore <= cap, $"{goldenName}: {question.Describe()} max above the cap {cap}.");
        }
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Bands_ContainTheMiddleOfTheScoreRange(string goldenName)
    {
        var golden = GoldenLoader.Load(EvalFiles.GoldenPath(goldenName));

        foreach (var question in golden.Questions)
        {
            var middle = (question.MinScore + question.MaxScore) / 2;

            Assert.True(
                ScoreBands.For(middle) == question.Band,
                $"{goldenName}: {question.Describe()} band {question.Band}, but {middle} is {ScoreBands.For(middle)}.");
        }
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void RelevantRanges_AreTightEnoughToCatchAWrongVerdict(string goldenName)
    {
        var golden = GoldenLoader.Load(EvalFiles.GoldenPath(goldenName));

        var tooWide = golden.Questions
            .Where(question => question.Relevance == RelevanceLabel.Relevant)
            .Where(question => question.MaxScore - question.MinScore > WidestRelevantRange)
            .Select(question => question.Describe());

        Assert.Empty(tooWide);
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void AnswersThatMissTheirQuestion_ExpectNoStrengths(string goldenName)
    {
        var golden = GoldenLoader.Load(EvalFiles.GoldenPath(goldenName));

        var credited = golden.Questions
            .Where(question => question.ExpectsNoCredit)
            .Where(question => question.StrengthThemes.Count > 0)
            .Select(question => question.Describe());

        Assert.Empty(credited);
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void MisalignedTranscript_AcceptsOnlyInconclusiveAndIsMostlyOffTopic(string goldenName)
    {
        var golden = GoldenLoader.Load(EvalFiles.GoldenPath(goldenName));
        if (!golden.Misaligned)
        {
            return;
        }

        var offTopic = golden.Questions.Count(question => question.Relevance == RelevanceLabel.OffTopic);

        Assert.Equal([HiringDecision.Inconclusive], golden.Recommendations);
        Assert.True(offTopic * 2 > golden.Questions.Count, $"{goldenName}: misaligned with {offTopic} off-topic.");
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Positions_CountFromOneWithinEachSectionInInterviewOrder(string goldenName)
    {
        var golden = GoldenLoader.Load(EvalFiles.GoldenPath(goldenName));

        var sectionsInOrder = new List<string>();
        foreach (var question in golden.Questions)
        {
            if (sectionsInOrder.LastOrDefault() != question.Section)
            {
                sectionsInOrder.Add(question.Section);
            }

            var expectedPosition = golden.Questions
                .TakeWhile(earlier => !ReferenceEquals(earlier, question))
                .Count(earlier => earlier.Section == question.Section) + 1;
            Assert.True(
                expectedPosition == question.Position,
                $"{goldenName}: {question.Describe()} is number {expectedPosition} in its section.");
        }

        Assert.Equal(sectionsInOrder.Distinct().Count(), sectionsInOrder.Count);
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void FlagsAndOptionalFlags_DoNotOverlapAndMisalignedAnswersAreOffTopic(string goldenName)
    {
        var golden = GoldenLoader.Load(EvalFiles.GoldenPath(goldenName));

        foreach (var question in golden.Questions)
        {
            Assert.Empty(question.Flags.Intersect(question.OptionalFlags ?? []));
            if (question.Flags.Contains("misaligned"))
            {
                Assert.Contains(RelevanceLabel.OffTopic, question.AcceptedRelevance);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void HumanScores_GiveOneScorePerQuestion(string goldenName)
    {
        var golden = GoldenLoader.Load(EvalFiles.GoldenPath(goldenName));

        if (golden.HumanScores is { } human)
        {
            Assert.Equal(golden.Questions.Count, human.Scores.Count);
        }
    }

    private static int RelevanceCap(RelevanceLabel label) => label switch
    {
        RelevanceLabel.Relevant => 100,
        RelevanceLabel.PartlyRelevant => 50,
        RelevanceLabel.OffTopic => 25,
        RelevanceLabel.NoAnswer => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown relevance label."),
    };
}
