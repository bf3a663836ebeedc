using Hiring.Agents.Persistence;
using Hiring.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hiring.Agents.Tests.Support;

/// <summary>Grain state rows of a data folder's database, read and written outside a silo.</summary>
public static class StoredState
{
    /// <summary>The size of the state row named <paramref name="stateName"/> (one grain of that state in the folder).</summary>
    public static long BlobBytes(string dataPath, string stateName)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, StorageNames.DatabaseFileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT length(payload) FROM grain_state WHERE state_name = $s";
        command.Parameters.AddWithValue("$s", stateName);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Every grain state row of the folder whose grain id contains <paramref name="grainIdPart"/>, as "grain|state|payload" with the payload's bytes read as UTF-8 (the serializer writes strings so).</summary>
    public static IReadOnlyList<string> Texts(string dataPath, string grainIdPart = "", string? stateName = null)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, StorageNames.DatabaseFileName)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_id, state_name, payload FROM grain_state WHERE instr(grain_id, $g) > 0 AND ($s IS NULL OR state_name = $s)";
        command.Parameters.AddWithValue("$g", grainIdPart);
        command.Parameters.AddWithValue("$s", (object?)stateName ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetString(0)}|{reader.GetString(1)}|{System.Text.Encoding.UTF8.GetString((byte[])reader[2])}");
        }

        return rows;
    }

    /// <summary>Writes <paramref name="state"/> as a version 1 row, as a build before the state's current version left it.</summary>
    public static async Task WriteVersion1Async<T>(string dataPath, GrainId grain, string stateName, T state)
    {
        using var database = new SqliteDatabase(dataPath);
        var storage = new SqliteGrainStorage(database, SerializerFactory.Create(), [], NullLogger<SqliteGrainStorage>.Instance);
        await storage.WriteStateAsync(stateName, grain, new GrainState<T>(state));
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE grain_state SET type_version = 1 WHERE grain_id = $g";
        command.Parameters.AddWithValue("$g", grain.ToString());
        command.ExecuteNonQuery();
    }
}
