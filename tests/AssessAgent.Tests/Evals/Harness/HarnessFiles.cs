using AssessAgent.Tests.TestSupport;

namespace AssessAgent.Tests.Evals.Harness;

/// <summary>Where the harness tests find the repository's evals folder, and scratch folders for their output.</summary>
internal static class HarnessFiles
{
    public static string EvalsFolder => RepositoryPaths.InRepository("evals");

    /// <summary>A new empty folder under the system's temporary folder.</summary>
    public static string NewScratchFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "assessagent-evals-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);

        return path;
    }
}
