using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Reporting;

/// <summary>Finds files of the repository (schemas, docs) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string PathOf(string relativePath) => Path.Combine(RepositoryPaths.Root, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));
}
