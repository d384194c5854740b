using System.Data.Common;

namespace AssessAgent.Store.Sql;

/// <summary>Small helpers that run one parameterized statement on either backend.</summary>
internal static class SqlCommands
{
    public static DbCommand Create(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        params IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;

        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        CancellationToken cancellationToken,
        params IEnumerable<(string Name, object? Value)> parameters)
    {
        await using var command = Create(connection, transaction, sql, parameters);

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        CancellationToken cancellationToken,
        params IEnumerable<(string Name, object? Value)> parameters)
    {
        await using var command = Create(connection, transaction, sql, parameters);

        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Reads every row into memory before returning, so that no reader is open during a later write.</summary>
    public static async Task<List<T>> QueryAsync<T>(
        DbConnection connection,
        DbTransaction? transaction,
        string sql,
        Func<DbDataReader, T> map,
        CancellationToken cancellationToken,
        params IEnumerable<(string Name, object? Value)> parameters)
    {
        await using var command = Create(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>
    /// Hands each row to <paramref name="read"/> while the reader is open, for results too large to hold (every
    /// vector of a store); the caller must not write on the connection meanwhile.
    /// </summary>
    public static async Task ForEachAsync(
        DbConnection connection,
        string sql,
        Action<DbDataReader> read,
        CancellationToken cancellationToken,
        params IEnumerable<(string Name, object? Value)> parameters)
    {
        await using var command = Create(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader);
        }
    }
}
