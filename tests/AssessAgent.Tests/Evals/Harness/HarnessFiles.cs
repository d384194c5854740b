namespace AssessAgent.Tests.Evals.Harness;

/// <summary>Where the harness tests find the repository's evals folder, and scratch folders for their output.</summary>
internal static class HarnessFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AssessAgent.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No AssessAgent.sln above the tests.");
    });

    public static string RepositoryRoot => Root.Value;

    public static string EvalsFolder => Path.Combine(RepositoryRoot, "evals");

    /// <summary>A new empty folder under the system's temporary folder.</summary>
    public static string NewScratchFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "assessagent-evals-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);

        return path;
    }
}
