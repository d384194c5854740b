using Microsoft.Data.Sqlite;

namespace AssessAgent.Tests.Service;

/// <summary>A SQLite file in a temporary folder.</summary>
internal sealed class SqliteServiceDatabase : ServiceDatabase
{
    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Store:Provider"] = "sqlite",
        ["Store:DataFolder"] = DataFolder,
    };

    /// <summary>The SQLite file the service keeps its jobs and assessments in.</summary>
    public string File => Path.Combine(DataFolder, "assessagent.db");

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();

        return base.DisposeAsync();
    }
}
