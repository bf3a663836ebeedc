using Hiring.Contracts.Talent;

namespace Hiring.Talent;

/// <summary>
/// The durable home of profiles (SQLite table beside grain state). The public pool and each
/// tenant's private pool are separate partitions; nothing here crosses a tenant.
/// </summary>
public interface IProfileStore
{
    /// <summary>
    /// Inserts new profiles and updates existing ones (same id); returns how many of each. A profile
    /// whose id the scope erased is never stored again: it is left out and named in <see cref="UpsertCounts.Erased"/>.
    /// </summary>
    Task<UpsertCounts> UpsertAsync(TalentPoolScope scope, IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken = default);

    /// <summary>One profile of the scope, or null.</summary>
    Task<CandidateProfile?> GetAsync(TalentPoolScope scope, string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Many profiles in one lookup: each id from the first of <paramref name="scopes"/> that holds it
    /// (a tenant's own pool before the public one); ids no scope holds are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, CandidateProfile>> GetManyAsync(IReadOnlyList<TalentPoolScope> scopes, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Every profile of the scope updated after <paramref name="since"/> (all when null), in id order.</summary>
    IAsyncEnumerable<CandidateProfile> ReadAllAsync(TalentPoolScope scope, DateTimeOffset? since = null, CancellationToken cancellationToken = default);

    /// <summary>How many profiles the scope holds.</summary>
    Task<long> CountAsync(TalentPoolScope scope, CancellationToken cancellationToken = default);

    /// <summary>The pools that hold at least one profile: the public one and each tenant's, in their partition order.</summary>
    Task<IReadOnlyList<TalentPoolScope>> PoolsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The scope's change feed position: the number the latest insert or update took (0 before any).
    /// Numbers follow commit order, so a reader that starts from this misses nothing written after it.
    /// </summary>
    Task<long> LastChangeAsync(TalentPoolScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="max"/> profiles of the scope inserted or updated after change
    /// <paramref name="after"/>, in change order (a profile changed twice appears once, at its latest
    /// change; an erased one not at all).
    /// </summary>
    Task<IReadOnlyList<ProfileChange>> ChangesAsync(TalentPoolScope scope, long after, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases a person from the scope: deletes their profile and protected attributes and records a
    /// <see cref="CandidateTombstone"/>, in one transaction. Erasing an erased id returns its first
    /// tombstone unchanged; null when the scope neither holds nor erased the id.
    /// </summary>
    Task<CandidateTombstone?> EraseAsync(TalentPoolScope scope, string id, string erasedBy, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The tombstones of those of <paramref name="ids"/> that any of <paramref name="scopes"/> erased.</summary>
    Task<IReadOnlyList<CandidateTombstone>> TombstonesAsync(IReadOnlyList<TalentPoolScope> scopes, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
}
