using System.Runtime.CompilerServices;
using Hiring.Contracts.Talent;
using Microsoft.Data.Sqlite;

namespace Hiring.Talent.Store;

/// <summary>
/// Profiles in the embedded SQLite file, one row per (pool, id), the profile as JSON with the
/// version of its shape. A batch is one transaction with prepared statements, so seeding tens
/// of thousands of profiles takes seconds.
/// </summary>
public sealed class SqliteProfileStore(ProfileStoreInitializer initializer) : IProfileStore
{
    public async Task<UpsertCounts> UpsertAsync(TalentPoolScope scope, IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken = default)
    {
        if (profiles.Count == 0)
        {
            return new UpsertCounts(0, 0);
        }

        await initializer.EnsureCreatedAsync(cancellationToken);
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var insert = UpsertCommand(connection, transaction, "INSERT OR IGNORE INTO talent_profiles (pool, id, schema_version, updated_at, payload, change) VALUES ($pool, $id, $v, $u, $p, $c)", scope);
        await using var update = UpsertCommand(connection, transaction, "UPDATE talent_profiles SET schema_version = $v, updated_at = $u, payload = $p, change = $c WHERE pool = $pool AND id = $id", scope);
        await using var changes = await ProfileChangeFeed.OpenAsync(connection, transaction, scope, cancellationToken);
        await using var erasedCheck = ProfileTombstones.ErasedCheck(connection, transaction, scope);
        int inserted = 0, updated = 0;
        var erased = new List<string>();
        foreach (var profile in profiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentException.ThrowIfNullOrWhiteSpace(profile.Id);
            erasedCheck.Parameters["$id"].Value = profile.Id;
            if ((long)(await erasedCheck.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                erased.Add(profile.Id);
            }
            else if (await ExecuteAsync(insert, profile, changes.Next(), cancellationToken) == 1)
            {
                inserted++;
            }
            else
            {
                await ExecuteAsync(update, profile, changes.Current, cancellationToken);
                updated++;
            }
        }

        await changes.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new UpsertCounts(inserted, updated, erased.Count == 0 ? null : erased);
    }

    public async Task<CandidateProfile?> GetAsync(TalentPoolScope scope, string id, CancellationToken cancellationToken = default)
    {
        await initializer.EnsureCreatedAsync(cancellationToken);
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM talent_profiles WHERE pool = $pool AND id = $id";
        command.Parameters.AddWithValue("$pool", ProfileStoreSchema.Partition(scope));
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is string payload ? ProfileRows.Profile(payload) : null;
    }

    public async Task<IReadOnlyDictionary<string, CandidateProfile>> GetManyAsync(IReadOnlyList<TalentPoolScope> scopes, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var found = new FirstScopeProfiles(scopes);
        if (scopes.Count == 0 || ids.Count == 0)
        {
            return found.Found;
        }

        await initializer.EnsureCreatedAsync(cancellationToken);
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);

        // Chunks keep each statement well under SQLite's limit on parameters.
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(ProfileRows.PageSize))
        {
            await using var command = connection.CreateCommand();
            var poolNames = found.Pools.Select((pool, i) => ProfileTombstones.Parameter(command, "$pool", i, pool)).ToList();
            var idNames = chunk.Select((id, i) => ProfileTombstones.Parameter(command, "$id", i, id)).ToList();
            command.CommandText = $"SELECT pool, payload FROM talent_profiles WHERE pool IN ({string.Join(", ", poolNames)}) AND id IN ({string.Join(", ", idNames)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Offer(reader.GetString(0), reader.GetString(1));
            }
        }

        return found.Found;
    }

    public async IAsyncEnumerable<CandidateProfile> ReadAllAsync(
        TalentPoolScope scope,
        DateTimeOffset? since = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await initializer.EnsureCreatedAsync(cancellationToken);
        await foreach (var profile in ProfileRows.ReadAllAsync(after => ReadPageAsync(scope, after, since, cancellationToken)).WithCancellation(cancellationToken))
        {
            yield return profile;
        }
    }

    public async Task<long> CountAsync(TalentPoolScope scope, CancellationToken cancellationToken = default)
    {
        await initializer.EnsureCreatedAsync(cancellationToken);
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM talent_profiles WHERE pool = $pool";
        command.Parameters.AddWithValue("$pool", ProfileStoreSchema.Partition(scope));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<TalentPoolScope>> PoolsAsync(CancellationToken cancellationToken = default)
    {
        await initializer.EnsureCreatedAsync(cancellationToken);
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT pool FROM talent_profiles ORDER BY pool";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var pools = new List<TalentPoolScope>();
        while (await reader.ReadAsync(cancellationToken))
        {
            pools.Add(ProfileStoreSchema.ScopeOf(reader.GetString(0)));
        }

        return pools;
    }

    public async Task<long> LastChangeAsync(TalentPoolScope scope, CancellationToken cancellationToken = default)
    {
        await initializer.EnsureCreatedAsync(cancellationToken);
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);
        return await ProfileChangeFeed.LastAsync(connection, null, ProfileStoreSchema.Partition(scope), cancellationToken);
    }

    public async Task<IReadOnlyList<ProfileChange>> ChangesAsync(TalentPoolScope scope, long after, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await initializer.EnsureCreatedAsync(cancellationToken);
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT change, payload FROM talent_profiles WHERE pool = $pool AND change > $after ORDER BY change LIMIT $max";
        command.Parameters.AddWithValue("$pool", ProfileStoreSchema.Partition(scope));
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$max", max);
        return await ProfileRows.ChangesAsync(command, cancellationToken);
    }

    public async Task<CandidateTombstone?> EraseAsync(TalentPoolScope scope, string id, string erasedBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(erasedBy);
        await initializer.EnsureCreatedAsync(cancellationToken);
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);
        return await ProfileTombstones.EraseAsync(connection, scope, id, erasedBy, at, cancellationToken);
    }

    public async Task<IReadOnlyList<CandidateTombstone>> TombstonesAsync(IReadOnlyList<TalentPoolScope> scopes, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        await initializer.EnsureCreatedAsync(cancellationToken);
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);
        return await ProfileTombstones.ReadAsync(connection, null, [.. scopes.Select(ProfileStoreSchema.Partition)], ids, cancellationToken);
    }

    private async Task<List<CandidateProfile>> ReadPageAsync(TalentPoolScope scope, string after, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var connection = await initializer.Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM talent_profiles WHERE pool = $pool AND id > $after AND updated_at > $since ORDER BY id LIMIT $limit";
        command.Parameters.AddWithValue("$pool", ProfileStoreSchema.Partition(scope));
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$since", since?.UtcTicks ?? long.MinValue);
        command.Parameters.AddWithValue("$limit", ProfileRows.PageSize);
        return await ProfileRows.ProfilesAsync(command, cancellationToken);
    }

    private static SqliteCommand UpsertCommand(SqliteConnection connection, SqliteTransaction transaction, string sql, TalentPoolScope scope)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$pool", ProfileStoreSchema.Partition(scope));
        command.Parameters.AddWithValue("$v", ProfileStoreSchema.ProfileJsonVersion);
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$u", SqliteType.Integer);
        command.Parameters.Add("$p", SqliteType.Text);
        command.Parameters.Add("$c", SqliteType.Integer);
        command.Prepare();
        return command;
    }

    private static async Task<int> ExecuteAsync(SqliteCommand command, CandidateProfile profile, long change, CancellationToken cancellationToken)
    {
        command.Parameters["$id"].Value = profile.Id;
        command.Parameters["$c"].Value = change;
        command.Parameters["$u"].Value = profile.UpdatedAt.UtcTicks;
        command.Parameters["$p"].Value = ProfileRows.Payload(profile);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
