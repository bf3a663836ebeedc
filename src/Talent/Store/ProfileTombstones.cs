using Microsoft.Data.Sqlite;

namespace Hiring.Talent.Store;

/// <summary>The <c>talent_tombstones</c> table: erasing a person and finding who was erased, for <see cref="SqliteProfileStore"/>.</summary>
internal static class ProfileTombstones
{
    /// <summary>Deletes the person's rows and records the tombstone in one transaction; see <see cref="IProfileStore.EraseAsync"/>.</summary>
    public static async Task<CandidateTombstone?> EraseAsync(SqliteConnection connection, TalentPoolScope scope, string id, string erasedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var pool = ProfileStoreSchema.Partition(scope);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var earlier = await ReadAsync(connection, transaction, [pool], [id], cancellationToken);
        if (earlier.Count > 0)
        {
            return earlier[0];
        }

        var deleted = await ExecuteAsync(connection, transaction, "DELETE FROM talent_profiles WHERE pool = $pool AND id = $id", pool, id, cancellationToken);
        deleted += await ExecuteAsync(connection, transaction, "DELETE FROM talent_protected_attributes WHERE pool = $pool AND id = $id", pool, id, cancellationToken);
        if (deleted == 0)
        {
            return null;
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO talent_tombstones (pool, id, erased_at, erased_by) VALUES ($pool, $id, $at, $by)";
        insert.Parameters.AddWithValue("$pool", pool);
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$at", at.UtcTicks);
        insert.Parameters.AddWithValue("$by", erasedBy);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CandidateTombstone(scope, id, new DateTimeOffset(at.UtcTicks, TimeSpan.Zero), erasedBy);
    }

    /// <summary>The tombstones of those of the ids the pools erased.</summary>
    public static async Task<IReadOnlyList<CandidateTombstone>> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyList<string> pools, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<CandidateTombstone>();
        if (pools.Count == 0 || ids.Count == 0)
        {
            return found;
        }

        // Chunks keep each statement well under SQLite's limit on parameters.
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(ProfileRows.PageSize))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var poolNames = pools.Select((pool, i) => Parameter(command, "$pool", i, pool)).ToList();
            var idNames = chunk.Select((id, i) => Parameter(command, "$id", i, id)).ToList();
            command.CommandText = $"SELECT pool, id, erased_at, erased_by FROM talent_tombstones WHERE pool IN ({string.Join(", ", poolNames)}) AND id IN ({string.Join(", ", idNames)}) ORDER BY pool, id";
            found.AddRange(await ProfileRows.TombstonesAsync(command, cancellationToken));
        }

        return found;
    }

    /// <summary>A prepared check whether the scope erased an id (bind <c>$id</c>), for an upsert's transaction.</summary>
    public static SqliteCommand ErasedCheck(SqliteConnection connection, SqliteTransaction transaction, TalentPoolScope scope)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM talent_tombstones WHERE pool = $pool AND id = $id";
        command.Parameters.AddWithValue("$pool", ProfileStoreSchema.Partition(scope));
        command.Parameters.Add("$id", SqliteType.Text);
        command.Prepare();
        return command;
    }

    /// <summary>Adds a numbered parameter and returns its name.</summary>
    public static string Parameter(SqliteCommand command, string prefix, int index, string value)
    {
        var name = prefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        command.Parameters.AddWithValue(name, value);
        return name;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, string pool, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$pool", pool);
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
