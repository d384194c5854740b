namespace AssessAgent.Tests.Evals;

/// <summary>Where the eval cases, the goldens and the golden schema live in the repository.</summary>
internal static class EvalFiles
{
    public const string GoldenSuffix = ".golden.json";

    private static readonly Lazy<string> RepositoryRootPath = new(FindRepositoryRoot);

    public static string RepositoryRoot => RepositoryRootPath.Value;

    public static string CasesFolder => Path.Combine(RepositoryRoot, "evals", "cases");

    public static string GoldenFolder => Path.Combine(RepositoryRoot, "evals", "golden");

    public static string GoldenSchemaPath => Path.Combine(RepositoryRoot, "schemas", "golden-report.schema.json");

    /// <summary>The file names of all goldens, as xunit theory data.</summary>
    public static TheoryData<string> GoldenNames() => new(ListGoldenNames());

    public static IReadOnlyList<string> ListGoldenNames() =>
        Directory.EnumerateFiles(GoldenFolder, "*" + GoldenSuffix)
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

    public static string GoldenNameFor(string caseName) => Path.GetFileNameWithoutExtension(caseName) + GoldenSuffix;

    public static string GoldenPath(string goldenName) => Path.Combine(GoldenFolder, goldenName);

    public static string CasePath(string caseName) => Path.Combine(CasesFolder, caseName);

    // Tests run from bin/<configuration>/<framework>; the solution file marks the root above it.
    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AssessAgent.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException($"No AssessAgent.sln above {AppContext.BaseDirectory}.");
    }
}
