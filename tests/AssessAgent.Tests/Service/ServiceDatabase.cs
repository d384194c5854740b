namespace AssessAgent.Tests.Service;

/// <summary>
/// The database of one test's service, jobs and assessment store together, removed when the test ends. Every
/// database has a data folder of its own too, so that nothing the service writes reaches the user's home.
/// </summary>
internal abstract class ServiceDatabase : IAsyncDisposable
{
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("assessagent-service-").FullName;

    /// <summary>The <c>Store</c> settings that point the service at this database.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    public virtual ValueTask DisposeAsync()
    {
        Directory.Delete(DataFolder, recursive: true);

        return ValueTask.CompletedTask;
    }
}
