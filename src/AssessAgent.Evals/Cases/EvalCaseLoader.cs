using AssessAgent.Evals.Goldens;

namespace AssessAgent.Evals.Cases;

/// <summary>
/// Finds the eval cases under an evals folder (<c>cases/</c> and <c>golden/</c>, as evals/README.md lays out)
/// and pairs each case with its validated golden.
/// </summary>
public static class EvalCaseLoader
{
    /// <summary>The suffix that turns a case's name without extension into its golden's name.</summary>
    public const string GoldenSuffix = ".golden.json";

    /// <summary>Loads every case under <paramref name="evalsFolder"/>, in name order.</summary>
    /// <param name="evalsFolder">The folder that holds <c>cases/</c> and <c>golden/</c>.</param>
    /// <param name="filter">
    /// Keeps only the cases whose name contains it or that carry it as a tag; all cases when null or empty.
    /// </param>
    /// <exception cref="EvalInputException">
    /// A folder is missing, a case has no golden, or a golden is invalid.
    /// </exception>
    public static IReadOnlyList<EvalCase> LoadAll(string evalsFolder, string? filter = null)
    {
        var casesFolder = Path.Combine(evalsFolder, "cases");
        var goldenFolder = Path.Combine(evalsFolder, "golden");
        if (!Directory.Exists(casesFolder))
        {
            throw EvalInputException.InFile(casesFolder, "no cases folder here (expected evals/cases)");
        }

        var cases = Directory.EnumerateFiles(casesFolder)
            .Order(StringComparer.Ordinal)
            .Select(casePath => LoadCase(casePath, goldenFolder))
            .Where(evalCase => Matches(evalCase, filter))
            .ToList();

        if (cases.Count == 0)
        {
            throw EvalInputException.InFile(casesFolder,
                filter is null ? "no eval cases found" : $"no eval case matches \"{filter}\"");
        }

        return cases;
    }

    private static EvalCase LoadCase(string casePath, string goldenFolder)
    {
        var name = Path.GetFileName(casePath);
        var goldenPath = Path.Combine(goldenFolder, Path.GetFileNameWithoutExtension(name) + GoldenSuffix);
        if (!File.Exists(goldenPath))
        {
            throw EvalInputException.InFile(casePath, $"the case has no golden {goldenPath}");
        }

        var golden = GoldenLoader.Load(goldenPath);
        if (!string.Equals(golden.Case, name, StringComparison.Ordinal))
        {
            throw EvalInputException.AtJsonPath(goldenPath, "$.case", $"names \"{golden.Case}\", not \"{name}\"");
        }

        return new EvalCase(name, casePath, goldenPath, golden);
    }

    private static bool Matches(EvalCase evalCase, string? filter) =>
        string.IsNullOrWhiteSpace(filter)
        || evalCase.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)
        || (evalCase.Golden.Tags ?? []).Contains(filter, StringComparer.OrdinalIgnoreCase);
}
