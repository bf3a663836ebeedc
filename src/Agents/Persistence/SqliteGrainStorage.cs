using System.Globalization;
using Hiring.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Storage;

namespace Hiring.Agents.Persistence;

/// <summary>
/// Orleans grain storage on the embedded SQLite file. Each row holds one grain's named state,
/// serialized with Orleans' version-tolerant serializer, with its type/version tag and an ETag
/// for optimistic concurrency: a write whose ETag is stale throws
/// <see cref="InconsistentStateException"/> and changes nothing.
/// </summary>
public sealed partial class SqliteGrainStorage(
    SqliteDatabase database,
    Serializer serializer,
    IEnumerable<IStateUpgrader> upgraders,
    ILogger<SqliteGrainStorage> logger) : IGrainStorage
{
    private readonly IStateUpgrader[] _upgraders = upgraders.ToArray();

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = grainId.ToString();
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type_name, type_version, etag, payload FROM grain_state WHERE grain_id = $g AND state_name = $s";
        command.Parameters.AddWithValue("$g", key);
        command.Parameters.AddWithValue("$s", stateName);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var stored = new StateTypeTag(reader.GetString(0), reader.GetInt32(1));
        var etag = reader.GetString(2);
        var payload = (byte[])reader.GetValue(3);
        grainState.State = Deserialize<T>(stateName, key, stored, payload);
        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = grainId.ToString();
        var tag = StateTypeTag.Of<T>();
        var payload = serializer.SerializeToArray(grainState.State);
        var expected = grainState.ETag;
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var appends = AppendsWithState.Claim();
        var written = database.Writer.WriteAsync(statements =>
        {
            // A first write only succeeds when no row exists, so a racing first writer loses cleanly.
            var command = statements.Statement(expected is null ? InsertSql : UpdateSql);
            var etag = Guid.NewGuid().ToString("N");
            if (expected is not null)
            {
                SqliteStatements.Bind(command, "$old", expected);
            }

            SqliteStatements.Bind(command, "$g", key);
            SqliteStatements.Bind(command, "$s", stateName);
            SqliteStatements.Bind(command, "$t", tag.TypeName);
            SqliteStatements.Bind(command, "$v", tag.Version);
            SqliteStatements.Bind(command, "$e", etag);
            SqliteStatements.Bind(command, "$p", payload);
            SqliteStatements.Bind(command, "$u", now);
            if (command.ExecuteNonQuery() == 0)
            {
                var current = ReadEtag(statements, key, stateName);
                LogStaleWrite(logger, key, stateName, expected, current);
                throw new InconsistentStateException(
                    $"Stale write to grain {key} state '{stateName}': the stored version changed since it was read.",
                    current ?? "(none)",
                    expected ?? "(none)");
            }

            if (appends is not null)
            {
                // The same savepoint: the entries are kept exactly when the state is.
                appends.Sequences = SqliteLogStore.AppendIn(statements, appends.Entries);
            }

            return etag;
        });
        appends?.MarkQueued();

        grainState.ETag = await written;
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = grainId.ToString();
        var expected = grainState.ETag;
        await database.Writer.WriteAsync(statements =>
        {
            var command = statements.Statement("DELETE FROM grain_state WHERE grain_id = $g AND state_name = $s AND ($old IS NULL OR etag = $old)");
            SqliteStatements.Bind(command, "$g", key);
            SqliteStatements.Bind(command, "$s", stateName);
            SqliteStatements.Bind(command, "$old", expected);
            if (command.ExecuteNonQuery() == 0 && expected is not null && ReadEtag(statements, key, stateName) is { } current)
            {
                throw new InconsistentStateException(
                    $"Stale clear of grain {key} state '{stateName}': the stored version changed since it was read.",
                    current,
                    expected);
            }

            return true;
        });

        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private T Deserialize<T>(string stateName, string key, StateTypeTag stored, byte[] payload)
    {
        var current = StateTypeTag.Of<T>();
        try
        {
            if (stored != current)
            {
                var upgrader = Array.Find(_upgraders, u => u.CanUpgrade(stored, typeof(T)));
                if (upgrader is not null)
                {
                    return (T)upgrader.Upgrade(stored, payload);
                }

                if (stored.TypeName != current.TypeName)
                {
                    throw new InvalidOperationException(
                        $"the row holds {stored} but the grain expects {current}, and no IStateUpgrader converts it");
                }

                if (stored.Version > current.Version)
                {
                    throw new InvalidOperationException(
                        $"the row was written by a newer version ({stored}) than this build understands ({current})");
                }

                // An older version of the same type: additive changes are read by the version-tolerant serializer.
            }

            return serializer.Deserialize<T>(payload)
                ?? throw new InvalidOperationException("the row deserialized to null");
        }
        catch (Exception ex) when (ex is not GrainStateCorruptException)
        {
            LogCorruptRow(logger, ex, key, stateName, stored.ToString());
            throw new GrainStateCorruptException(
                $"Grain {key} cannot activate: its stored state row (grain_state: grain_id='{key}', state_name='{stateName}', type={stored}) is unreadable: {ex.Message}",
                ex);
        }
    }

    private static string? ReadEtag(SqliteStatements statements, string key, string stateName)
    {
        var command = statements.Statement("SELECT etag FROM grain_state WHERE grain_id = $g AND state_name = $s");
        SqliteStatements.Bind(command, "$g", key);
        SqliteStatements.Bind(command, "$s", stateName);
        return command.ExecuteScalar() as string;
    }

    private const string InsertSql = """
        INSERT INTO grain_state (grain_id, state_name, type_name, type_version, etag, payload, updated_at)
        VALUES ($g, $s, $t, $v, $e, $p, $u) ON CONFLICT DO NOTHING
        """;

    private const string UpdateSql = """
        UPDATE grain_state SET type_name = $t, type_version = $v, etag = $e, payload = $p, updated_at = $u
        WHERE grain_id = $g AND state_name = $s AND etag = $old
        """;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stale write to {GrainId} state {StateName}: expected ETag {Expected}, stored {Stored}")]
    private static partial void LogStaleWrite(ILogger logger, string grainId, string stateName, string? expected, string? stored);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unreadable state row for {GrainId} state {StateName} ({Tag})")]
    private static partial void LogCorruptRow(ILogger logger, Exception exception, string grainId, string stateName, string tag);
}
