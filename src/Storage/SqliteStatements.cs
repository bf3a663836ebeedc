using Microsoft.Data.Sqlite;

namespace Hiring.Storage;

/// <summary>
/// The writer connection's prepared statements: one command per SQL text, prepared once and
/// reused with its parameters rebound, so a write pays for binding and stepping, not parsing.
/// Handed to each write for the transaction it runs in.
/// </summary>
public sealed class SqliteStatements : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly SqliteConnection _connection;

    internal SqliteStatements(SqliteConnection connection) => _connection = connection;

    /// <summary>The last sequence of each log stream this writer appended to; kept only for writes that commit.</summary>
    public LogSequences Sequences { get; } = new();

    /// <summary>The group transaction the current write runs in.</summary>
    public SqliteTransaction Transaction { get; internal set; } = null!;

    /// <summary>The prepared command for <paramref name="sql"/>, enlisted in the current transaction; bind with <see cref="Bind"/>.</summary>
    public SqliteCommand Statement(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = Transaction;
            command.Prepare();
            _commands[sql] = command;
        }

        command.Transaction = Transaction;
        return command;
    }

    /// <summary>Sets a parameter of a reused statement, adding it the first time.</summary>
    public static SqliteCommand Bind(SqliteCommand command, string name, object? value)
    {
        var parameter = command.Parameters.Contains(name) ? command.Parameters[name] : command.Parameters.Add(new SqliteParameter { ParameterName = name });
        parameter.Value = value ?? DBNull.Value;
        return command;
    }

    internal void Execute(string sql) => Statement(sql).ExecuteNonQuery();

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
