namespace AssessAgent.Benchmarks.Support;

/// <summary>Finds the repository's folders from wherever the benchmark runs.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding AssessAgent.sln, searched upwards from the working folder and the binary.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The eval cases, the realistic transcripts the benchmarks are built from.</summary>
    public static string EvalCases => Path.Combine(Root, "evals", "cases");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "AssessAgent.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            "Run the benchmarks from inside the repository: AssessAgent.sln not found.");
    }
}
