namespace AssessAgent.Tests.Reading;

/// <summary>Files the tests read from the repository and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    /// <summary>
    /// The real bad report the product is built to catch, shared/samples/seed-report.txt beside the repository:
    /// the nearest one above the test binaries, so that a worktree in a folder below the clone's finds it too.
    /// </summary>
    public static string SeedReport
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "shared", "samples", "seed-report.txt");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("shared/samples/seed-report.txt was not found above the test directory.");
        }
    }

    /// <summary>A sample input copied next to the test binaries from Reading/Samples.</summary>
    public static string Sample(string fileName) =>
        Path.Combine(AppContext.BaseDirectory, "Reading", "Samples", fileName);
}
