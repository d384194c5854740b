using System.Text.Json.Nodes;
using AssessAgent.Assessment;
using AssessAgent.Evals.Cases;
using AssessAgent.Evals.Goldens;

namespace AssessAgent.Tests.Evals.Harness;

// The case author's test types of the same names live in the enclosing namespace; these are the harness's.
using GoldenQuestion = AssessAgent.Evals.Goldens.GoldenQuestion;
using GoldenReport = AssessAgent.Evals.Goldens.GoldenReport;

public sealed class GoldenLoaderTests
{
    private static string FirstGoldenPath =>
        Directory.EnumerateFiles(Path.Combine(HarnessFiles.EvalsFolder, "golden"), "*.golden.json").Order().First();

    [Fact]
    public void Load_RepositoryGolden_ReadsQuestionsAndEnums()
    {
        var path = Path.Combine(HarnessFiles.EvalsFolder, "golden", "01-seed-misaligned-report.golden.json");

        var golden = GoldenLoader.Load(path);

        Assert.True(golden.Misaligned);
        Assert.Equal([HiringDecision.Inconclusive], golden.Recommendations);
        Assert.Equal(9, golden.Questions.Count);
    }

    [Theory]
    [InlineData("/questions/1/band", "\"Average\"", "$.questions[1].band")]
    [InlineData("/recommendations/0", "\"DoNotHire\"", "$.recommendations[0]")]
    [InlineData("/questions/0/scoreRange", "[0, 25, 50]", "$.questions[0].scoreRange")]
    [InlineData("/questions/0/position", "0", "$.questions[0].position")]
    public void Parse_ValueBreakingSchema_NamesFileAndJsonPath(string pointer, string wrongValue, string expectedPath)
    {
        var golden = JsonNode.Parse(File.ReadAllText(FirstGoldenPath))!;
        SetAt(golden, pointer, JsonNode.Parse(wrongValue));

        var error = Assert.Throws<EvalInputException>(() =>
            GoldenLoader.Parse(golden.ToJsonString(), "golden/x.golden.json"));

        Assert.True(
            error.Message.StartsWith($"golden/x.golden.json: {expectedPath}", StringComparison.Ordinal),
            error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Parse_MissingRequiredField_NamesTheObjectThatLacksIt()
    {
        var golden = JsonNode.Parse(File.ReadAllText(FirstGoldenPath))!;
        golden["questions"]![2]!.AsObject().Remove("rationale");

        var error = Assert.Throws<EvalInputException>(() => GoldenLoader.Parse(golden.ToJsonString(), "g.json"));

        Assert.StartsWith("g.json: $.questions[2]: ", error.Message);
        Assert.Contains("rationale", error.Message);
    }

    [Fact]
    public void Parse_ReversedScoreRange_NamesItsPath()
    {
        var golden = JsonNode.Parse(File.ReadAllText(FirstGoldenPath))!;
        golden["questions"]![0]!["scoreRange"] = new JsonArray(20, 10);

        var error = Assert.Throws<EvalInputException>(() => GoldenLoader.Parse(golden.ToJsonString(), "g.json"));

        Assert.Equal("g.json: $.questions[0].scoreRange: the lowest score 20 is above the highest 10", error.Message);
    }

    [Fact]
    public void Parse_BrokenJson_NamesFileAndLine()
    {
        var error = Assert.Throws<EvalInputException>(() => GoldenLoader.Parse("{\n  \"case\": ,\n}", "g.json"));

        Assert.StartsWith("g.json: line 2: not valid JSON", error.Message);
    }

    [Fact]
    public void LoadAll_RepositoryEvals_PairsEveryCaseWithItsGolden()
    {
        var cases = EvalCaseLoader.LoadAll(HarnessFiles.EvalsFolder);

        Assert.True(cases.Count >= 10);
        Assert.All(cases, evalCase => Assert.Equal(evalCase.Name, evalCase.Golden.Case));
    }

    [Fact]
    public void LoadAll_Filter_KeepsCasesByNameOrTag()
    {
        var byName = EvalCaseLoader.LoadAll(HarnessFiles.EvalsFolder, "05-shifted-by-one");
        var byTag = EvalCaseLoader.LoadAll(HarnessFiles.EvalsFolder, "human-scores");

        Assert.Equal(["05-shifted-by-one.json"], byName.Select(evalCase => evalCase.Name));
        Assert.All(byTag, evalCase => Assert.Contains("human-scores", evalCase.Golden.Tags!));
    }

    [Fact]
    public void LoadAll_CaseWithoutGolden_NamesTheCase()
    {
        var folder = HarnessFiles.NewScratchFolder();
        Directory.CreateDirectory(Path.Combine(folder, "cases"));
        Directory.CreateDirectory(Path.Combine(folder, "golden"));
        File.WriteAllText(Path.Combine(folder, "cases", "01-lonely.json"), "{}");

        var error = Assert.Throws<EvalInputException>(() => EvalCaseLoader.LoadAll(folder));

        Assert.Contains("01-lonely.json: the case has no golden", error.Message);
    }

    private static void SetAt(JsonNode root, string pointer, JsonNode? value)
    {
        var segments = pointer.Trim('/').Split('/');
        var parent = segments[..^1].Aggregate(root, (node, segment) =>
            int.TryParse(segment, out var index) ? node[index]! : node[segment]!);

        if (int.TryParse(segments[^1], out var last))
        {
            parent[last] = value;
        }
        else
        {
            parent[segments[^1]] = value;
        }
    }
}
