namespace AssessAgent.Tests.Reporting;

/// <summary>Finds files of the repository (schemas, docs) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AssessAgent.sln")))
            {
                return Path.Combine(folder.FullName, relativePath);
            }
        }

        throw new InvalidOperationException($"No AssessAgent.sln above {AppContext.BaseDirectory}.");
    }

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));
}
