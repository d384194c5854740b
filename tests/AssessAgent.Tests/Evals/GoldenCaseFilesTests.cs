using System.Text.RegularExpressions;
using AssessAgent.Evals.Goldens;

namespace AssessAgent.Tests.Evals;

public sealed partial class GoldenCaseFilesTests
{
    public static TheoryData<string> Goldens => EvalFiles.GoldenNames();

    public static TheoryData<string> Cases => EvalFiles.CaseNames();

    [Theory]
    [MemberData(nameof(Goldens))]
    public void Golden_NamesExistingCaseItIsNamedAfter(string goldenName)
    {
        var golden = GoldenLoader.Load(EvalFiles.GoldenPath(goldenName));

        Assert.True(File.Exists(EvalFiles.CasePath(golden.Case)), $"{goldenName}: no case {golden.Case}.");
        Assert.Equal(EvalFiles.GoldenNameFor(golden.Case), goldenName);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_HasGoldenAndConventionalName(string caseName)
    {
        Assert.Matches(CaseNamePattern(), caseName);
        Assert.True(
            File.Exists(EvalFiles.GoldenPath(EvalFiles.GoldenNameFor(caseName))),
            $"{caseName}: no golden {EvalFiles.GoldenNameFor(caseName)}.");
    }

    [Fact]
    public void Cases_NumbersAreUnique()
    {
        var duplicated = EvalFiles.ListCaseNames()
            .GroupBy(name => name[..2])
            .Where(group => group.Count() > 1)
            .Select(group => string.Join(" and ", group));

        Assert.Empty(duplicated);
    }

    [GeneratedRegex(@"^\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.(json|md|txt|vtt)$")]
    private static partial Regex CaseNamePattern();
}
