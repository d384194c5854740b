namespace AssessAgent.Store;

/// <summary>Where and how assessments are stored; bound from the <c>Store</c> configuration section.</summary>
public sealed class AssessmentStoreOptions
{
    public const string SectionName = "Store";

    /// <summary>
    /// The database: <c>sqlite</c> or <c>postgres</c>.
    /// <value>Defaults to <see langword="null"/>: PostgreSQL when <see cref="ConnectionString"/> names a
    /// <c>Host=</c>, otherwise SQLite.</value>
    /// </summary>
    public string? Provider { get; set; }

    /// <summary>
    /// The connection string. Required for PostgreSQL; for SQLite it replaces the file under
    /// <see cref="DataFolder"/>.
    /// <value>Defaults to <see langword="null"/>.</value>
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The folder of the SQLite file <c>assessagent.db</c>.
    /// <value>Defaults to <see langword="null"/>: the user's local data folder (on Linux
    /// <c>$XDG_DATA_HOME</c> or <c>~/.local/share</c>) followed by <c>assessagent</c>.</value>
    /// </summary>
    public string? DataFolder { get; set; }

    /// <summary>
    /// How long a SQLite write waits for another process's write to finish before failing.
    /// <value>Defaults to 30 seconds.</value>
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The backend these options choose.</summary>
    public StoreProvider ResolveProvider()
    {
        if (string.IsNullOrWhiteSpace(Provider))
        {
            var namesHost = ConnectionString?.Contains("Host=", StringComparison.OrdinalIgnoreCase) ?? false;

            return namesHost ? StoreProvider.Postgres : StoreProvider.Sqlite;
        }

        return Provider.Trim().ToLowerInvariant() switch
        {
            "sqlite" => StoreProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => StoreProvider.Postgres,
            _ => throw new AssessmentStoreException(
                $"Store:Provider '{Provider}' is not known; use 'sqlite' or 'postgres'."),
        };
    }

    /// <summary>The SQLite file these options point at when no connection string is given.</summary>
    public string ResolveSqliteFile()
    {
        var folder = string.IsNullOrWhiteSpace(DataFolder)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "assessagent")
            : DataFolder;

        return Path.Combine(Path.GetFullPath(folder), "assessagent.db");
    }
}

/// <summary>The databases the store runs on.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}
