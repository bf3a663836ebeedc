using Hiring.Contracts.Talent;
using Microsoft.Data.Sqlite;

namespace Hiring.Talent.Store;

/// <summary>
/// The pools' change numbers. A write transaction takes the pool's last number once, gives the next
/// one to each profile it inserts or updates and stores the last again before it commits; writes are
/// serialized (immediate transactions), so numbers follow commit order and a reader that remembers
/// the last number it read misses no write and reads none twice.
/// </summary>
internal sealed class ProfileChangeFeed : IAsyncDisposable
{
    private readonly SqliteCommand _write;
    private long _last;

    private ProfileChangeFeed(SqliteCommand write, long last)
    {
        _write = write;
        _last = last;
    }

    public static async Task<ProfileChangeFeed> OpenAsync(SqliteConnection connection, SqliteTransaction transaction, TalentPoolScope scope, CancellationToken cancellationToken)
    {
        var pool = ProfileStoreSchema.Partition(scope);
        var last = await LastAsync(connection, transaction, pool, cancellationToken);
        var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = "INSERT INTO talent_changes (pool, last) VALUES ($pool, $last) ON CONFLICT (pool) DO UPDATE SET last = excluded.last";
        write.Parameters.AddWithValue("$pool", pool);
        write.Parameters.Add("$last", SqliteType.Integer);
        return new ProfileChangeFeed(write, last);
    }

    /// <summary>The number for the next stored profile.</summary>
    public long Next() => ++_last;

    /// <summary>The number <see cref="Next"/> gave last (the same profile's update after an insert that found it stored).</summary>
    public long Current => _last;

    /// <summary>Stores the last number given (inside the write transaction, before it commits).</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        _write.Parameters["$last"].Value = _last;
        await _write.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<long> LastAsync(SqliteConnection connection, SqliteTransaction? transaction, string pool, CancellationToken cancellationToken)
    {
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT last FROM talent_changes WHERE pool = $pool";
        read.Parameters.AddWithValue("$pool", pool);
        return await read.ExecuteScalarAsync(cancellationToken) is long last ? last : 0;
    }

    public async ValueTask DisposeAsync() => await _write.DisposeAsync();
}
