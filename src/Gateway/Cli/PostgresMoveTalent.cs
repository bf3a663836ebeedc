using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Hiring.Gateway.Cli;

/// <summary>
/// The talent pools' part of <see cref="PostgresMove"/>: profiles, protected attributes and tombstones from the SQLite
/// snapshot into the open PostgreSQL transaction with binary COPY. Profiles keep their change numbers; each erased
/// person's tombstone takes the next numbers of its pool, so every node's index, following the shared pools from
/// nothing, indexes the profiles and knows the erasures.
/// </summary>
internal sealed class PostgresMoveTalent(SqliteConnection source, NpgsqlConnection target, CancellationToken cancellationToken)
{
    private const string HeadsSql = "INSERT INTO hiring_talent_changes (pool, last) SELECT * FROM unnest(@pools, @lasts)";

    private readonly Dictionary<string, long> _heads = new(StringComparer.Ordinal);

    /// <summary>Copies the folder's pools; each count is 0 when the folder never created its table.</summary>
    public async Task<(long Profiles, long Attributes, long Tombstones)> CopyAsync()
    {
        var profiles = await ProfilesAsync();
        var attributes = await AttributesAsync();
        var tombstones = await TombstonesAsync();
        await using var heads = new NpgsqlCommand(HeadsSql, target);
        heads.Parameters.AddWithValue("pools", _heads.Keys.ToArray());
        heads.Parameters.AddWithValue("lasts", _heads.Values.ToArray());
        await heads.ExecuteNonQueryAsync(cancellationToken);
        return (profiles, attributes, tombstones);
    }

    private async Task<long> ProfilesAsync()
    {
        if (PostgresMoveCopy.Count(source, "talent_changes") is not null)
        {
            using var lasts = PostgresMoveCopy.Read(source, "SELECT pool, last FROM talent_changes");
            while (lasts.Read())
            {
                Advance(lasts.GetString(0), lasts.GetInt64(1));
            }
        }

        // A file written before the change feed has no change column until the store opens it: its rows take 0, as there.
        var change = PostgresMoveCopy.Count(source, "talent_profiles") is not null && HasColumn("talent_profiles", "change") ? "change" : "0";
        return await CopyAsync(
            "talent_profiles",
            $"SELECT pool, id, schema_version, updated_at, payload, {change} FROM talent_profiles",
            "hiring_talent_profiles (pool, id, schema_version, updated_at, payload, change)",
            async (rows, copy) =>
            {
                await copy.WriteAsync(rows.GetString(0), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(rows.GetString(1), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(rows.GetInt32(2), NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(rows.GetInt64(3), NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(rows.GetString(4), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(rows.GetInt64(5), NpgsqlDbType.Bigint, cancellationToken);
                Advance(rows.GetString(0), rows.GetInt64(5));
            });
    }

    private Task<long> AttributesAsync() => CopyAsync(
        "talent_protected_attributes",
        "SELECT pool, id, gender, age_band, name_group FROM talent_protected_attributes",
        "hiring_talent_protected_attributes (pool, id, gender, age_band, name_group)",
        async (rows, copy) =>
        {
            for (var column = 0; column < 5; column++)
            {
                await copy.WriteAsync(rows.GetString(column), NpgsqlDbType.Text, cancellationToken);
            }
        });

    private Task<long> TombstonesAsync() => CopyAsync(
        "talent_tombstones",
        "SELECT pool, id, erased_at, erased_by FROM talent_tombstones ORDER BY pool, id",
        "hiring_talent_tombstones (pool, id, erased_at, erased_by, change)",
        async (rows, copy) =>
        {
            var pool = rows.GetString(0);
            var change = _heads.GetValueOrDefault(pool) + 1;
            _heads[pool] = change;
            await copy.WriteAsync(pool, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(rows.GetString(1), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(rows.GetInt64(2), NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(rows.GetString(3), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(change, NpgsqlDbType.Bigint, cancellationToken);
        });

    /// <summary>Copies every row <paramref name="select"/> reads from <paramref name="table"/> (none when the folder never created it) into <paramref name="into"/>; returns how many.</summary>
    private async Task<long> CopyAsync(string table, string select, string into, Func<SqliteDataReader, NpgsqlBinaryImporter, Task> writeRow)
    {
        if (PostgresMoveCopy.Count(source, table) is null)
        {
            return 0;
        }

        using var rows = PostgresMoveCopy.Read(source, select);
        await using var copy = await target.BeginBinaryImportAsync($"COPY {into} FROM STDIN (FORMAT BINARY)", cancellationToken);
        long count = 0;
        while (rows.Read())
        {
            await copy.StartRowAsync(cancellationToken);
            await writeRow(rows, copy);
            count++;
        }

        await copy.CompleteAsync(cancellationToken);
        return count;
    }

    private void Advance(string pool, long change) => _heads[pool] = Math.Max(_heads.GetValueOrDefault(pool), change);

    private bool HasColumn(string table, string column)
    {
        using var command = source.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pragma_table_info($table) WHERE name = $column";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        return (long)command.ExecuteScalar()! > 0;
    }
}
