using System.Data.Common;
using System.Text.Json;
using Hiring.Contracts.Talent;

namespace Hiring.Talent.Store;

/// <summary>
/// The row shapes every profile store shares (the embedded SQLite one and cluster mode's PostgreSQL one): the
/// profile as versioned JSON, a tombstone's instant as UTC ticks, and the id-ordered paging of a pool.
/// </summary>
internal static class ProfileRows
{
    /// <summary>How many rows a page of <see cref="ReadAllAsync"/> or a chunk of a lookup holds.</summary>
    public const int PageSize = 500;

    public static string Payload(CandidateProfile profile) => JsonSerializer.Serialize(profile, ProfileJsonContext.Default.CandidateProfile);

    public static CandidateProfile Profile(string payload) =>
        JsonSerializer.Deserialize(payload, ProfileJsonContext.Default.CandidateProfile)
        ?? throw new InvalidDataException("A stored profile is empty.");

    /// <summary>A tombstone from its row: the pool's partition key, the id, the erasure's UTC ticks and who erased.</summary>
    public static CandidateTombstone Tombstone(string pool, string id, long erasedAtTicks, string erasedBy) =>
        new(ProfileStoreSchema.ScopeOf(pool), id, new DateTimeOffset(erasedAtTicks, TimeSpan.Zero), erasedBy);

    /// <summary>
    /// Every profile of a pool in id order, a page at a time (<paramref name="readPage"/> gets the last id read, empty
    /// at first), so no read transaction stays open while the caller works on each profile.
    /// </summary>
    public static async IAsyncEnumerable<CandidateProfile> ReadAllAsync(Func<string, Task<List<CandidateProfile>>> readPage)
    {
        var after = string.Empty;
        while (true)
        {
            var page = await readPage(after);
            foreach (var profile in page)
            {
                yield return profile;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    /// <summary>Runs a query whose first column is a stored payload; returns its profiles in row order.</summary>
    public static async Task<List<CandidateProfile>> ProfilesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var profiles = new List<CandidateProfile>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            profiles.Add(Profile(reader.GetString(0)));
        }

        return profiles;
    }

    /// <summary>Runs a query of (change, payload) rows; returns them as the change feed gives them.</summary>
    public static async Task<IReadOnlyList<ProfileChange>> ChangesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var changes = new List<ProfileChange>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new ProfileChange(reader.GetInt64(0), Profile(reader.GetString(1))));
        }

        return changes;
    }

    /// <summary>Runs a query of (pool, id, erased_at ticks, erased_by) rows; returns their tombstones.</summary>
    public static async Task<List<CandidateTombstone>> TombstonesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var tombstones = new List<CandidateTombstone>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tombstones.Add(Tombstone(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3)));
        }

        return tombstones;
    }
}
