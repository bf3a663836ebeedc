using System.Runtime.CompilerServices;
using Hiring.Contracts.Talent;
using Hiring.Talent;
using Hiring.Talent.Store;
using Npgsql;

namespace Hiring.Agents.Cluster;

/// <summary>
/// The talent pools of cluster mode, on the PostgreSQL every node shares (talent-postgres.sql): the rows and promises
/// of <see cref="SqliteProfileStore"/> (tenant partitions, tombstones that refuse an erased person, a change feed in
/// commit order), read and written through the same <see cref="ProfileRows"/>. Writers of one pool take turns on its
/// row of hiring_talent_changes, on any node, so change numbers stay in commit order across the cluster; each write
/// also numbers its erasures and announces itself, which is what each node's index follows
/// (<see cref="PostgresProfileFeed"/>).
/// </summary>
public sealed class PostgresProfileStore(NpgsqlDataSource dataSource) : IProfileStore
{
    /// <summary>The channel writes NOTIFY on, with the pool as payload.</summary>
    internal const string Channel = "hiring_talent_changes";

    // Upserts go in chunks: profiles are kilobytes, and one statement need not carry a whole seed.
    private const int Chunk = 1000;

    // Takes the pool's turn (the row stays locked until the commit) and reads its last change number.
    private const string TurnSql = """
        INSERT INTO hiring_talent_changes (pool, last) VALUES (@pool, 0)
        ON CONFLICT (pool) DO UPDATE SET last = hiring_talent_changes.last RETURNING last
        """;

    private const string SaveTurnSql = "UPDATE hiring_talent_changes SET last = @last WHERE pool = @pool; SELECT pg_notify(@channel, @pool)";

    private const string KnownSql = """
        SELECT id, false FROM hiring_talent_profiles WHERE pool = @pool AND id = ANY(@ids)
        UNION ALL SELECT id, true FROM hiring_talent_tombstones WHERE pool = @pool AND id = ANY(@ids)
        """;

    private const string UpsertSql = """
        INSERT INTO hiring_talent_profiles (pool, id, schema_version, updated_at, payload, change)
        SELECT @pool, i, @v, u, p, c FROM unnest(@ids, @updated, @payloads, @changes) AS r(i, u, p, c)
        ON CONFLICT (pool, id) DO UPDATE SET schema_version = EXCLUDED.schema_version, updated_at = EXCLUDED.updated_at,
            payload = EXCLUDED.payload, change = EXCLUDED.change
        """;

    private const string EraseSql = """
        WITH profile AS (DELETE FROM hiring_talent_profiles WHERE pool = @pool AND id = @id RETURNING 1),
             attributes AS (DELETE FROM hiring_talent_protected_attributes WHERE pool = @pool AND id = @id RETURNING 1)
        SELECT (SELECT count(*) FROM profile) + (SELECT count(*) FROM attributes)
        """;

    private const string TombstoneSql = "INSERT INTO hiring_talent_tombstones (pool, id, erased_at, erased_by, change) VALUES (@pool, @id, @at, @by, @change)";

    private const string TombstonesSql =
        "SELECT pool, id, erased_at, erased_by FROM hiring_talent_tombstones WHERE pool = ANY(@pools) AND id = ANY(@ids) ORDER BY pool, id";

    public async Task<UpsertCounts> UpsertAsync(TalentPoolScope scope, IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken = default)
    {
        if (profiles.Count == 0)
        {
            return new UpsertCounts(0, 0);
        }

        foreach (var profile in profiles)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(profile.Id);
        }

        var pool = ProfileStoreSchema.Partition(scope);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var last = await TakeTurnAsync(connection, pool, cancellationToken);
        var (stored, erasedIds) = await KnownAsync(connection, pool, [.. profiles.Select(p => p.Id).Distinct(StringComparer.Ordinal)], cancellationToken);

        // As the embedded store counts: each profile given takes the next number, the first of a new id is an
        // insert, every other one an update; only the latest of an id given twice is written.
        int inserted = 0, updated = 0;
        var erased = new List<string>();
        var latest = new Dictionary<string, (CandidateProfile Profile, long Change)>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            if (erasedIds.Contains(profile.Id))
            {
                erased.Add(profile.Id);
                continue;
            }

            if (stored.Add(profile.Id))
            {
                inserted++;
            }
            else
            {
                updated++;
            }

            latest[profile.Id] = (profile, ++last);
        }

        foreach (var chunk in latest.Values.Chunk(Chunk))
        {
            await using var upsert = new NpgsqlCommand(UpsertSql, connection);
            upsert.Parameters.AddWithValue("pool", pool);
            upsert.Parameters.AddWithValue("v", ProfileStoreSchema.ProfileJsonVersion);
            upsert.Parameters.AddWithValue("ids", chunk.Select(c => c.Profile.Id).ToArray());
            upsert.Parameters.AddWithValue("updated", chunk.Select(c => c.Profile.UpdatedAt.UtcTicks).ToArray());
            upsert.Parameters.AddWithValue("payloads", chunk.Select(c => ProfileRows.Payload(c.Profile)).ToArray());
            upsert.Parameters.AddWithValue("changes", chunk.Select(c => c.Change).ToArray());
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (latest.Count > 0)
        {
            await SaveTurnAsync(connection, pool, last, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new UpsertCounts(inserted, updated, erased.Count == 0 ? null : erased);
    }

    public async Task<CandidateProfile?> GetAsync(TalentPoolScope scope, string id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT payload FROM hiring_talent_profiles WHERE pool = @pool AND id = @id");
        command.Parameters.AddWithValue("pool", ProfileStoreSchema.Partition(scope));
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is string payload ? ProfileRows.Profile(payload) : null;
    }

    public async Task<IReadOnlyDictionary<string, CandidateProfile>> GetManyAsync(IReadOnlyList<TalentPoolScope> scopes, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var found = new FirstScopeProfiles(scopes);
        if (scopes.Count == 0 || ids.Count == 0)
        {
            return found.Found;
        }

        await using var command = dataSource.CreateCommand("SELECT pool, payload FROM hiring_talent_profiles WHERE pool = ANY(@pools) AND id = ANY(@ids)");
        command.Parameters.AddWithValue("pools", found.Pools.ToArray());
        command.Parameters.AddWithValue("ids", ids.Distinct(StringComparer.Ordinal).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Offer(reader.GetString(0), reader.GetString(1));
        }

        return found.Found;
    }

    public async IAsyncEnumerable<CandidateProfile> ReadAllAsync(TalentPoolScope scope, DateTimeOffset? since = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var profile in ProfileRows.ReadAllAsync(after => ReadPageAsync(scope, after, since, cancellationToken)).WithCancellation(cancellationToken))
        {
            yield return profile;
        }
    }

    public async Task<long> CountAsync(TalentPoolScope scope, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM hiring_talent_profiles WHERE pool = @pool");
        command.Parameters.AddWithValue("pool", ProfileStoreSchema.Partition(scope));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<TalentPoolScope>> PoolsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT DISTINCT pool FROM hiring_talent_profiles ORDER BY pool");
        var pools = new List<TalentPoolScope>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pools.Add(ProfileStoreSchema.ScopeOf(reader.GetString(0)));
        }

        return pools;
    }

    public async Task<long> LastChangeAsync(TalentPoolScope scope, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT last FROM hiring_talent_changes WHERE pool = @pool");
        command.Parameters.AddWithValue("pool", ProfileStoreSchema.Partition(scope));
        return await command.ExecuteScalarAsync(cancellationToken) is long last ? last : 0;
    }

    public async Task<IReadOnlyList<ProfileChange>> ChangesAsync(TalentPoolScope scope, long after, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var command = dataSource.CreateCommand(
            "SELECT change, payload FROM hiring_talent_profiles WHERE pool = @pool AND change > @after ORDER BY change LIMIT @max");
        command.Parameters.AddWithValue("pool", ProfileStoreSchema.Partition(scope));
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("max", max);
        return await ProfileRows.ChangesAsync(command, cancellationToken);
    }

    public async Task<CandidateTombstone?> EraseAsync(TalentPoolScope scope, string id, string erasedBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(erasedBy);
        var pool = ProfileStoreSchema.Partition(scope);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var last = await TakeTurnAsync(connection, pool, cancellationToken);
        if (await ReadTombstonesAsync(connection, [pool], [id], cancellationToken) is [var earlier, ..])
        {
            return earlier;
        }

        await using (var erase = new NpgsqlCommand(EraseSql, connection))
        {
            erase.Parameters.AddWithValue("pool", pool);
            erase.Parameters.AddWithValue("id", id);
            if ((long)(await erase.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                return null;
            }
        }

        await using (var tombstone = new NpgsqlCommand(TombstoneSql, connection))
        {
            tombstone.Parameters.AddWithValue("pool", pool);
            tombstone.Parameters.AddWithValue("id", id);
            tombstone.Parameters.AddWithValue("at", at.UtcTicks);
            tombstone.Parameters.AddWithValue("by", erasedBy);
            tombstone.Parameters.AddWithValue("change", ++last);
            await tombstone.ExecuteNonQueryAsync(cancellationToken);
        }

        await SaveTurnAsync(connection, pool, last, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ProfileRows.Tombstone(pool, id, at.UtcTicks, erasedBy);
    }

    public async Task<IReadOnlyList<CandidateTombstone>> TombstonesAsync(IReadOnlyList<TalentPoolScope> scopes, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (scopes.Count == 0 || ids.Count == 0)
        {
            return [];
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadTombstonesAsync(connection, [.. scopes.Select(ProfileStoreSchema.Partition)], ids, cancellationToken);
    }

    private static async Task<long> TakeTurnAsync(NpgsqlConnection connection, string pool, CancellationToken cancellationToken)
    {
        await using var turn = new NpgsqlCommand(TurnSql, connection);
        turn.Parameters.AddWithValue("pool", pool);
        return (long)(await turn.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task SaveTurnAsync(NpgsqlConnection connection, string pool, long last, CancellationToken cancellationToken)
    {
        await using var save = new NpgsqlCommand(SaveTurnSql, connection);
        save.Parameters.AddWithValue("pool", pool);
        save.Parameters.AddWithValue("last", last);
        save.Parameters.AddWithValue("channel", Channel);
        await save.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Which of the ids the pool stores, and which it erased.</summary>
    private static async Task<(HashSet<string> Stored, HashSet<string> Erased)> KnownAsync(NpgsqlConnection connection, string pool, string[] ids, CancellationToken cancellationToken)
    {
        var (stored, erased) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        await using var known = new NpgsqlCommand(KnownSql, connection);
        known.Parameters.AddWithValue("pool", pool);
        known.Parameters.AddWithValue("ids", ids);
        await using var reader = await known.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            (reader.GetBoolean(1) ? erased : stored).Add(reader.GetString(0));
        }

        return (stored, erased);
    }

    private static async Task<IReadOnlyList<CandidateTombstone>> ReadTombstonesAsync(NpgsqlConnection connection, string[] pools, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(TombstonesSql, connection);
        command.Parameters.AddWithValue("pools", pools);
        command.Parameters.AddWithValue("ids", ids.Distinct(StringComparer.Ordinal).ToArray());
        return await ProfileRows.TombstonesAsync(command, cancellationToken);
    }

    private async Task<List<CandidateProfile>> ReadPageAsync(TalentPoolScope scope, string after, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT payload FROM hiring_talent_profiles WHERE pool = @pool AND id > @after AND updated_at > @since ORDER BY id LIMIT @limit");
        command.Parameters.AddWithValue("pool", ProfileStoreSchema.Partition(scope));
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("since", since?.UtcTicks ?? long.MinValue);
        command.Parameters.AddWithValue("limit", ProfileRows.PageSize);
        return await ProfileRows.ProfilesAsync(command, cancellationToken);
    }
}
