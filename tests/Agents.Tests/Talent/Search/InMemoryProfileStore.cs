using System.Runtime.CompilerServices;
using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Agents.Tests.Talent.Search;

/// <summary>A profile store in a dictionary, standing in for the SQLite one.</summary>
internal sealed class InMemoryProfileStore : IProfileStore
{
    private readonly Dictionary<TalentPoolScope, SortedDictionary<string, CandidateProfile>> _pools = [];

    public Task<UpsertCounts> UpsertAsync(TalentPoolScope scope, IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken = default)
    {
        var pool = Pool(scope);
        var updated = profiles.Count(p => pool.ContainsKey(p.Id));
        foreach (var profile in profiles)
        {
            pool[profile.Id] = profile;
        }

        return Task.FromResult(new UpsertCounts(profiles.Count - updated, updated));
    }

    public Task<CandidateProfile?> GetAsync(TalentPoolScope scope, string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Pool(scope).GetValueOrDefault(id));

    public Task<IReadOnlyDictionary<string, CandidateProfile>> GetManyAsync(IReadOnlyList<TalentPoolScope> scopes, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, CandidateProfile>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (scopes.Select(s => Pool(s).GetValueOrDefault(id)).FirstOrDefault(p => p is not null) is { } profile)
            {
                found[id] = profile;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, CandidateProfile>>(found);
    }

    public async IAsyncEnumerable<CandidateProfile> ReadAllAsync(TalentPoolScope scope, DateTimeOffset? since = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var profile in Pool(scope).Values.Where(p => since is null || p.UpdatedAt > since))
        {
            await Task.Yield();
            yield return profile;
        }
    }

    public Task<long> CountAsync(TalentPoolScope scope, CancellationToken cancellationToken = default) =>
        Task.FromResult((long)Pool(scope).Count);

    private SortedDictionary<string, CandidateProfile> Pool(TalentPoolScope scope) =>
        _pools.TryGetValue(scope, out var pool) ? pool : _pools[scope] = new(StringComparer.Ordinal);
}
