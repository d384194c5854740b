using System.Data.Common;
using AssessAgent.Store.Sql;
using Microsoft.Extensions.Logging;

namespace AssessAgent.Store.Migrations;

/// <summary>
/// Brings a database's schema up to date: reads the versions applied, then applies the missing steps in order in
/// one transaction, so that a failed step leaves the schema as it was.
/// </summary>
internal sealed class MigrationRunner(IReadOnlyList<Migration> migrations, ILogger logger)
{
    public int LatestVersion => migrations.Count == 0 ? 0 : migrations[^1].Version;

    /// <summary>Applies every step up to <paramref name="targetVersion"/> (all of them when null).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">A transaction that already holds whatever lock keeps other migrators out.</param>
    /// <param name="versionTableSql">The <c>CREATE TABLE IF NOT EXISTS schema_migrations</c> of the backend.</param>
    /// <param name="databaseName">The database as a user knows it, for error messages.</param>
    /// <param name="targetVersion">The version to stop at, for tests of upgrades from older schemas.</param>
    /// <returns>The version the database had before.</returns>
    public async Task<int> MigrateAsync(
        DbConnection connection,
        DbTransaction transaction,
        string versionTableSql,
        string databaseName,
        int? targetVersion,
        CancellationToken cancellationToken)
    {
        await SqlCommands.ExecuteAsync(connection, transaction, versionTableSql, cancellationToken);

        var current = await ReadVersionAsync(connection, transaction, cancellationToken);
        if (current > LatestVersion)
        {
            throw new AssessmentStoreException(
                $"The store {databaseName} has schema version {current}, newer than this AssessAgent knows " +
                $"({LatestVersion}); update AssessAgent.");
        }

        var target = targetVersion ?? LatestVersion;
        foreach (var migration in migrations.Where(step => step.Version > current && step.Version <= target))
        {
            await ApplyAsync(connection, transaction, migration, cancellationToken);
        }

        if (target > current)
        {
            StoreLog.SchemaMigrated(logger, current, target);
        }

        return current;
    }

    public static async Task<int> ReadVersionAsync(
        DbConnection connection,
        DbTransaction? transaction,
        CancellationToken cancellationToken)
    {
        var version = await SqlCommands.ScalarAsync(
            connection,
            transaction,
            "SELECT MAX(version) FROM schema_migrations",
            cancellationToken);

        return version is null or DBNull ? 0 : Convert.ToInt32(version);
    }

    private static async Task ApplyAsync(
        DbConnection connection,
        DbTransaction transaction,
        Migration migration,
        CancellationToken cancellationToken)
    {
        foreach (var statement in migration.Statements)
        {
            await SqlCommands.ExecuteAsync(connection, transaction, statement, cancellationToken);
        }

        await SqlCommands.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO schema_migrations (version, description, applied_at) VALUES (@version, @description, @at)",
            cancellationToken,
            ("@version", migration.Version),
            ("@description", migration.Description),
            ("@at", DateTimeOffset.UtcNow));
    }
}
