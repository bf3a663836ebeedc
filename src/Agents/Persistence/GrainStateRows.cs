using System.Data.Common;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Orleans.Storage;

namespace Hiring.Agents.Persistence;

/// <summary>
/// What a grain state row means, whichever database holds it (<see cref="SqliteGrainStorage"/>, or PostgreSQL in
/// cluster mode): the state serialized with Orleans' version-tolerant serializer under its type/version tag, read
/// back through an <see cref="IStateUpgrader"/> when the tag is older or another type's, and refused as
/// <see cref="GrainStateCorruptException"/> when it cannot be read. One place, so both stores accept the same rows.
/// </summary>
internal sealed partial class GrainStateRows(string table, Serializer serializer, IEnumerable<IStateUpgrader> upgraders, ILogger logger)
{
    private readonly IStateUpgrader[] _upgraders = upgraders.ToArray();

    /// <summary>The tag and payload a write stores for <paramref name="state"/>.</summary>
    public (StateTypeTag Tag, byte[] Payload) Serialize<T>(T state) => (StateTypeTag.Of<T>(), serializer.SerializeToArray(state));

    /// <summary>
    /// Fills <paramref name="grainState"/> from the row <paramref name="select"/> finds, as (type_name, type_version,
    /// etag, payload), or as a grain without a row when it finds none.
    /// </summary>
    public async Task ReadAsync<T>(string stateName, string key, DbCommand select, IGrainState<T> grainState)
    {
        await using var row = await select.ExecuteReaderAsync();
        if (!await row.ReadAsync())
        {
            Empty(grainState);
            return;
        }

        var stored = new StateTypeTag(row.GetString(0), row.GetInt32(1));
        var etag = row.GetString(2);
        var payload = (byte[])row.GetValue(3);
        grainState.State = Deserialize<T>(stateName, key, stored, payload);
        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    /// <summary>The state of a grain without a row: a new instance, no ETag (so the first write creates the row).</summary>
    public static void Empty<T>(IGrainState<T> grainState)
    {
        grainState.State = Activator.CreateInstance<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    /// <summary>The error for a write or clear (<paramref name="operation"/>) whose ETag no longer matches the row's.</summary>
    public InconsistentStateException Stale(string operation, string key, string stateName, string? expected, string? current)
    {
        LogStale(logger, operation, key, stateName, expected, current);
        return new InconsistentStateException(
            $"Stale {operation} of grain {key} state '{stateName}': the stored version changed since it was read.",
            current ?? "(none)",
            expected ?? "(none)");
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
                $"Grain {key} cannot activate: its stored state row ({table}: grain_id='{key}', state_name='{stateName}', type={stored}) is unreadable: {ex.Message}",
                ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stale {Operation} of {GrainId} state {StateName}: expected ETag {Expected}, stored {Stored}")]
    private static partial void LogStale(ILogger logger, string operation, string grainId, string stateName, string? expected, string? stored);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unreadable state row for {GrainId} state {StateName} ({Tag})")]
    private static partial void LogCorruptRow(ILogger logger, Exception exception, string grainId, string stateName, string tag);
}
