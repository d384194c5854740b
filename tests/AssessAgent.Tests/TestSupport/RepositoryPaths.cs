namespace AssessAgent.Tests.TestSupport;

/// <summary>Finds the repository's folders from the test's output folder, wherever the clone is.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder holding AssessAgent.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>The <c>shared</c> folder beside the clone, which holds the sample reports.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string EvalCases => Path.Combine(Root, "evals", "cases");

    public static string InRepository(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AssessAgent.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No AssessAgent.sln above {AppContext.BaseDirectory}.");
    }
}
