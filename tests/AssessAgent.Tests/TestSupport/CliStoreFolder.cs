using AssessAgent.Store;
using AssessAgent.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace AssessAgent.Tests.TestSupport;

/// <summary>
/// A temp data folder for the commands that use the store, with the store opened directly to check what they
/// saved, and a scratch folder for the test's own files.
/// </summary>
public sealed class CliStoreFolder : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("assessagent-cli-").FullName;

    public CliStoreFolder()
    {
        Directory.CreateDirectory(DataFolder);
        Directory.CreateDirectory(Scratch);
    }

    /// <summary>The folder given to the executable as <c>Store:DataFolder</c>.</summary>
    public string DataFolder => Path.Combine(_root, "data");

    /// <summary>A folder for the test's inputs and outputs.</summary>
    public string Scratch => Path.Combine(_root, "files");

    public Task<CliResult> RunAsync(params string[] arguments) => CliProcess.RunWithStoreAsync(DataFolder, arguments);

    /// <summary>The store the executable writes, opened in the test's process.</summary>
    public IAssessmentStore OpenStore() =>
        SqliteAssessmentStore.ForFile(Path.Combine(DataFolder, "assessagent.db"), TimeSpan.FromSeconds(30));

    /// <summary>Every stored assessment, newest first.</summary>
    public async Task<IReadOnlyList<AssessmentSummary>> ListAllAsync()
    {
        var page = await OpenStore().ListAsync(new AssessmentQuery(AssessmentFilter.All, Take: 1000));

        return page.Items;
    }

    /// <summary>Copies a file into the scratch folder, or a subfolder of it, and returns the copy's path.</summary>
    public string CopyIn(string source, string? subfolder = null)
    {
        var folder = subfolder is null ? Scratch : Directory.CreateDirectory(Path.Combine(Scratch, subfolder)).FullName;
        var target = Path.Combine(folder, Path.GetFileName(source));
        File.Copy(source, target);

        return target;
    }

    /// <summary>Writes a file into the scratch folder and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = Path.Combine(Scratch, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);

        return path;
    }

    public void Dispose()
    {
        // Pooled connections keep the file open until the pool lets go of them.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
