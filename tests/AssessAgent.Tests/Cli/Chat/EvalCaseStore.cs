using AssessAgent.Assessment;
using AssessAgent.Cli.Hosting;
using AssessAgent.Reading;
using AssessAgent.Store;
using AssessAgent.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AssessAgent.Tests.Cli.Chat;

/// <summary>
/// A store in a temp folder holding every eval case, each read and assessed offline as <c>assess</c> does and saved
/// through <see cref="IAssessmentStore"/>. Made once for the test classes of its collection, as assessing the 20
/// cases takes a while.
/// </summary>
public sealed class EvalCaseStore : IAsyncLifetime
{
    public const string Collection = "Eval cases in a store";

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("assessagent-chat-").FullName;

    /// <summary>The stored id of each case, by its file name without the extension.</summary>
    public Dictionary<string, string> Ids { get; } = [];

    /// <summary>The stored report of each case, by its file name without the extension.</summary>
    public Dictionary<string, AssessmentReport> Reports { get; } = [];

    /// <summary>The environment of a command on this store, offline (the store's folder is given apart).</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["ASSESSAGENT_Assessment__Provider"] = "Offline",
    };

    public async Task InitializeAsync()
    {
        using var host = AgentHost.Build(Settings(DataFolder), verbose: false);
        var loader = host.Services.GetRequiredService<TranscriptLoader>();
        var assessor = host.Services.GetRequiredService<IInterviewAssessor>();
        var store = host.Services.GetRequiredService<IAssessmentStore>();

        foreach (var path in Directory.GetFiles(RepositoryPaths.EvalCases).Order(StringComparer.Ordinal))
        {
            var transcript = loader.Load(path);
            var report = await assessor.AssessAsync(transcript);
            var saved = await store.SaveAsync(report, transcript);
            Ids[Path.GetFileNameWithoutExtension(path)] = saved.Id;
            Reports[Path.GetFileNameWithoutExtension(path)] = report;
        }
    }

    /// <summary>The settings of a host on an empty store in <paramref name="folder"/>, offline.</summary>
    public static Dictionary<string, string?> Settings(string folder) => new()
    {
        ["Store:DataFolder"] = folder,
        ["Assessment:Provider"] = "Offline",
    };

    public Task DisposeAsync()
    {
        // Pooled connections keep the file open until the pool lets go of them.
        SqliteConnection.ClearAllPools();
        Directory.Delete(DataFolder, recursive: true);

        return Task.CompletedTask;
    }
}

/// <summary>The test classes that share one <see cref="EvalCaseStore"/>.</summary>
[CollectionDefinition(EvalCaseStore.Collection)]
public sealed class EvalCaseStoreCollection : ICollectionFixture<EvalCaseStore>;
