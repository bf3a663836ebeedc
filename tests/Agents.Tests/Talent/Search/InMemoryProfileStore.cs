using System.Runtime.CompilerServices;
using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Agents.Tests.Talent.Search;

/// <summary>A profile store in a dictionary, standing in for the SQLite one.</summary>
internal sealed class InMemoryProfileStore : IProfileStore
{
    private readonly Dictionary<TalentPoolScope, SortedDictionary<string, CandidateProfile>> _pools = [];
    private readonly Dictionary<(TalentPoolScope, string), CandidateTombstone> _tombstones = [];
    private readonly Dictionary<(TalentPoolScope, string), long> _changes = [];
    private readonly Dictionary<TalentPoolScope, long> _lastChange = [];

    public Task<UpsertCounts> UpsertAsync(TalentPoolScope scope, IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken = default)
    {
        var pool = Pool(scope);
        var erased = profiles.Where(p => _tombstones.ContainsKey((scope, p.Id))).Select(p => p.Id).ToList();
        var kept = profiles.Where(p => !erased.Contains(p.Id)).ToList();
        var updated = kept.Count(p => pool.ContainsKey(p.Id));
        foreach (var profile in kept)
        {
            pool[profile.Id] = profile;
            _changes[(scope, profile.Id)] = _lastChange[scope] = _lastChange.GetValueOrDefault(scope) + 1;
        }

        return Task.FromResult(new UpsertCounts(kept.Count - updated, updated, erased.Count == 0 ? null : erased));
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

    public Task<IReadOnlyList<TalentPoolScope>> PoolsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TalentPoolScope>>([.. _pools.Where(p => p.Value.Count > 0).Select(p => p.Key).OrderBy(p => p.ToString(), StringComparer.Ordinal)]);

    public Task<long> LastChangeAsync(TalentPoolScope scope, CancellationToken cancellationToken = default) =>
        Task.FromResult(_lastChange.GetValueOrDefault(scope));

    public Task<IReadOnlyList<ProfileChange>> ChangesAsync(TalentPoolScope scope, long after, int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ProfileChange>>([.. Pool(scope).Values
            .Select(p => new ProfileChange(_changes[(scope, p.Id)], p))
            .Where(c => c.Change > after)
            .OrderBy(c => c.Change)
            .Take(max)]);

    public Task<CandidateTombstone?> EraseAsync(TalentPoolScope scope, string id, string erasedBy, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (_tombstones.TryGetValue((scope, id), out var earlier))
        {
            return Task.FromResult<CandidateTombstone?>(earlier);
        }

        return Task.FromResult(Pool(scope).Remove(id) ? _tombstones[(scope, id)] = new CandidateTombstone(scope, id, at, erasedBy) : null);
    }

    public Task<IReadOnlyList<CandidateTombstone>> TombstonesAsync(IReadOnlyList<TalentPoolScope> scopes, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CandidateTombstone>>([.. _tombstones.Values.Where(t => scopes.Contains(t.Scope) && ids.Contains(t.CandidateId))]);

    private SortedDictionary<string, CandidateProfile> Pool(TalentPoolScope scope) =>
        _pools.TryGetValue(scope, out var pool) ? pool : _pools[scope] = new(StringComparer.Ordinal);
}
