using System.Text.Json;
using AssessAgent.Evals.Goldens;

namespace AssessAgent.Tests.Evals;

/// <summary>
/// Checks the verbosity-bias pairs: a case whose golden names a twin must ask the same questions with the same
/// substance at least two and a half times as long, and must expect no higher scores than the twin.
/// </summary>
public sealed class TwinCaseTests
{
    private const double MinimumPaddingFactor = 2.5;

    public static TheoryData<string> PaddedGoldens => new(
        EvalFiles.ListGoldenNames()
            .Where(name => GoldenLoader.Load(EvalFiles.GoldenPath(name)).NotHigherThanCase is not null));

    [Fact]
    public void Goldens_IncludeAtLeastOnePaddedTwin()
    {
        Assert.NotEmpty(PaddedGoldens);
    }

    [Theory]
    [MemberData(nameof(PaddedGoldens))]
    public void PaddedCase_AsksTheTwinsQuestionsWithLongerAnswers(string goldenName)
    {
        var golden = GoldenLoader.Load(EvalFiles.GoldenPath(goldenName));
        var padded = ReadQuestionsAndAnswers(golden.Case);
        var twin = ReadQuestionsAndAnswers(golden.NotHigherThanCase!);

        Assert.Equal(twin.Select(pair => pair.Question), padded.Select(pair => pair.Question));
        foreach (var (paddedPair, twinPair) in padded.Zip(twin))
        {
            var factor = (double)CountWords(paddedPair.Answer) / CountWords(twinPair.Answer);
            Assert.True(factor >= MinimumPaddingFactor, $"'{paddedPair.Question}' is only {factor:F1} times as long.");
        }
    }

    [Theory]
    [MemberData(nameof(PaddedGoldens))]
    public void PaddedGolden_ExpectsNoHigherScoresThanTheTwin(string goldenName)
    {
        var golden = GoldenLoader.Load(EvalFiles.GoldenPath(goldenName));
        var twin = GoldenLoader.Load(EvalFiles.GoldenPath(EvalFiles.GoldenNameFor(golden.NotHigherThanCase!)));

        Assert.Equal(twin.Questions.Count, golden.Questions.Count);
        foreach (var (padded, concise) in golden.Questions.Zip(twin.Questions))
        {
            Assert.True(padded.MaxScore <= concise.MaxScore, $"{padded.Describe()} may score above its twin.");
            Assert.True(padded.MinScore <= concise.MinScore, $"{padded.Describe()} requires more than its twin.");
        }
    }

    // Twins are JSON transcripts so that this check needs no transcript reader.
    private static List<(string Question, string Answer)> ReadQuestionsAndAnswers(string caseName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(EvalFiles.CasePath(caseName)));

        return document.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(section => section.GetProperty("questions").EnumerateArray())
            .Select(question => (
                question.GetProperty("question").GetString()!,
                question.GetProperty("answer").GetString() ?? ""))
            .ToList();
    }

    private static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
