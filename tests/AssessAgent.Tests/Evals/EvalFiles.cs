using AssessAgent.Evals.Cases;
using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Evals;

/// <summary>Where the eval cases, the goldens and the golden schema live in the repository.</summary>
internal static class EvalFiles
{
    public static string CasesFolder => Path.Combine(RepositoryPaths.Root, "evals", "cases");

    public static string GoldenFolder => Path.Combine(RepositoryPaths.Root, "evals", "golden");

    public static string GoldenSchemaPath => Path.Combine(RepositoryPaths.Root, "schemas", "golden-report.schema.json");

    /// <summary>The file names of all goldens, as xunit theory data.</summary>
    public static TheoryData<string> GoldenNames() => new(ListGoldenNames());

    public static IReadOnlyList<string> ListGoldenNames() =>
        Directory.EnumerateFiles(GoldenFolder, "*" + EvalCaseLoader.GoldenSuffix)
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The file names of all cases, as xunit theory data.</summary>
    public static TheoryData<string> CaseNames() => new(ListCaseNames());

    public static IReadOnlyList<string> ListCaseNames() =>
        Directory.EnumerateFiles(CasesFolder)
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string GoldenNameFor(string caseName) =>
        Path.GetFileNameWithoutExtension(caseName) + EvalCaseLoader.GoldenSuffix;

    public static string GoldenPath(string goldenName) => Path.Combine(GoldenFolder, goldenName);

    public static string CasePath(string caseName) => Path.Combine(CasesFolder, caseName);
}
