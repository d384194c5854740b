using AssessAgent.Evals.Goldens;
using AssessAgent.Evals.Matching;
using AssessAgent.Reading;

namespace AssessAgent.Tests.Evals;

/// <summary>
/// Reads every eval case with the product's <see cref="TranscriptLoader"/> and checks that it yields the sections
/// and questions its golden lists, so that goldens and readers cannot drift apart.
/// </summary>
public sealed class CaseReadingTests
{
    private static readonly TranscriptLoader Loader = new();

    // The formats whose readers are on main; a format joins this list when its reader lands.
    private static readonly string[] FormatsWithReaders = ["json", "markdown", "assessment-report"];

    /// <summary>
    /// The cases the loader already detects as their golden's format. A format whose reader has not landed yet is
    /// detected as nothing (or as another format) and its cases join this list when the reader lands.
    /// </summary>
    public static TheoryData<string> ReadableCases => new(ListReadableCases());

    [Fact]
    public void ReadableCases_IncludeEveryCaseInAFormatWithAReader()
    {
        var readable = ListReadableCases().ToHashSet();

        var missing = EvalFiles.ListCaseNames()
            .Where(caseName => FormatsWithReaders.Contains(LoadGolden(caseName).InputFormat))
            .Where(caseName => !readable.Contains(caseName));

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(ReadableCases))]
    public void Case_ReadsInTheGoldensFormatWithItsCandidate(string caseName)
    {
        var golden = LoadGolden(caseName);

        var transcript = Loader.Load(EvalFiles.CasePath(caseName));

        Assert.Equal(golden.InputFormat, transcript.Source.Format);
        if (golden.Candidate is not null)
        {
            Assert.Equal(golden.Candidate, transcript.Candidate);
        }
    }

    [Theory]
    [MemberData(nameof(ReadableCases))]
    public void Case_ReadsIntoTheGoldensSectionsAndQuestions(string caseName)
    {
        var golden = LoadGolden(caseName);

        var transcript = Loader.Load(EvalFiles.CasePath(caseName));

        var read = transcript.Sections
            .SelectMany(section => section.Questions.Select((question, index) =>
                $"{QuestionMatcher.NormalizeSectionName(section.Name)} #{index + 1}"))
            .ToList();
        var expected = golden.Questions
            .Select(question => $"{QuestionMatcher.NormalizeSectionName(question.Section)} #{question.Position}")
            .ToList();
        Assert.Equal(expected, read);
    }

    [Theory]
    [MemberData(nameof(ReadableCases))]
    public void Case_QuestionsBeginAsTheGoldenSays(string caseName)
    {
        var golden = LoadGolden(caseName);

        var questions = Loader.Load(EvalFiles.CasePath(caseName)).AllQuestions.ToList();

        Assert.Equal(golden.Questions.Count, questions.Count);
        foreach (var (expected, actual) in golden.Questions.Zip(questions))
        {
            Assert.True(
                QuestionMatcher.StartsWith(actual.Text, expected.QuestionStartsWith),
                $"{caseName}: {expected.Describe()} was read as '{actual.Text}'.");
        }
    }

    private static List<string> ListReadableCases() =>
        EvalFiles.ListCaseNames().Where(IsDetectedAsGoldenFormat).ToList();

    private static bool IsDetectedAsGoldenFormat(string caseName)
    {
        var text = File.ReadAllText(EvalFiles.CasePath(caseName));
        var detected = Loader.DetectFormat(text, caseName);

        return detected is { } format && FormatNames.Name(format) == LoadGolden(caseName).InputFormat;
    }


    private static GoldenReport LoadGolden(string caseName) =>
        GoldenLoader.Load(EvalFiles.GoldenPath(EvalFiles.GoldenNameFor(caseName)));
}
