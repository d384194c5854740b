namespace AssessAgent.Tests.Reading;

/// <summary>Files the tests read from the repository and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that holds AssessAgent.sln, found by walking up from the test binaries.</summary>
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "AssessAgent.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("AssessAgent.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The real bad report the product is built to catch, kept beside the repository.</summary>
    public static string SeedReport =>
        Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples", "seed-report.txt"));

    /// <summary>A sample input copied next to the test binaries from Reading/Samples.</summary>
    public static string Sample(string fileName) =>
        Path.Combine(AppContext.BaseDirectory, "Reading", "Samples", fileName);
}
