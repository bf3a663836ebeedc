using System.Collections.Concurrent;
using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Agents.Tests.Talent;

/// <summary>An index that remembers what it was asked to index, per scope.</summary>
internal sealed class RecordingTalentIndex : ITalentIndex
{
    public ConcurrentDictionary<TalentPoolScope, ConcurrentDictionary<string, CandidateProfile>> Indexed { get; } = new();

    public Task IndexAsync(TalentPoolScope scope, IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken = default)
    {
        var pool = Indexed.GetOrAdd(scope, _ => new());
        foreach (var profile in profiles)
        {
            pool[profile.Id] = profile;
        }

        return Task.CompletedTask;
    }

    public Task RemoveAsync(TalentPoolScope scope, string id, CancellationToken cancellationToken = default)
    {
        if (Indexed.TryGetValue(scope, out var pool))
        {
            pool.TryRemove(id, out _);
        }

        return Task.CompletedTask;
    }
}
