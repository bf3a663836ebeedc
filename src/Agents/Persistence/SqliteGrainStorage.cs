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
public sealed class SqliteGrainStorage(
    SqliteDatabase database,
    Serializer serializer,
    IEnumerable<IStateUpgrader> upgraders,
    ILogger<SqliteGrainStorage> logger) : IGrainStorage
{
    private readonly GrainStateRows _rows = new("grain_state", serializer, upgraders, logger);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = grainId.ToString();
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type_name, type_version, etag, payload FROM grain_state WHERE grain_id = $g AND state_name = $s";
        command.Parameters.AddWithValue("$g", key);
        command.Parameters.AddWithValue("$s", stateName);
        await _rows.ReadAsync(stateName, key, command, grainState);
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = grainId.ToString();
        var (tag, payload) = _rows.Serialize(grainState.State);
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
                throw _rows.Stale("write", key, stateName, expected, ReadEtag(statements, key, stateName));
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
                throw _rows.Stale("clear", key, stateName, expected, current);
            }

            return true;
        });

        GrainStateRows.Empty(grainState);
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
}
