using Hiring.Contracts.Talent;

namespace Hiring.Talent.Store;

/// <summary>
/// The answer of <see cref="IProfileStore.GetManyAsync"/> as rows arrive from several pools in any order: each id
/// keeps the profile of the first of the asked pools that holds it (a tenant's own pool before the public one).
/// </summary>
internal sealed class FirstScopeProfiles(IReadOnlyList<TalentPoolScope> scopes)
{
    private readonly List<string> _pools = [.. scopes.Select(ProfileStoreSchema.Partition)];
    private readonly Dictionary<string, int> _rank = new(StringComparer.Ordinal);

    /// <summary>The partition keys of the asked pools, in the order they were asked.</summary>
    public IReadOnlyList<string> Pools => _pools;

    public Dictionary<string, CandidateProfile> Found { get; } = new(StringComparer.Ordinal);

    /// <summary>Takes one row: the pool's partition key and the stored payload.</summary>
    public void Offer(string pool, string payload)
    {
        var rank = _pools.IndexOf(pool);
        var profile = ProfileRows.Profile(payload);
        if (!_rank.TryGetValue(profile.Id, out var held) || rank < held)
        {
            _rank[profile.Id] = rank;
            Found[profile.Id] = profile;
        }
    }
}
