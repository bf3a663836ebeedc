namespace Hiring.Talent;

/// <summary>
/// Every pool's changes, erasures included, in the order they were committed: what a node's own index follows when
/// the profile store is shared by several nodes (cluster mode). Each pool numbers its changes; a profile is listed at
/// its latest change, an erased person at their erasure.
/// </summary>
public interface IProfileChangeFeed
{
    /// <summary>
    /// The number of the latest change of every pool that was ever changed. A change committed after this read wakes
    /// the next <see cref="WaitAsync"/> (the feed listens before it reads).
    /// </summary>
    Task<IReadOnlyDictionary<TalentPoolScope, long>> HeadsAsync(CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="max"/> changes of the scope after change <paramref name="after"/>, in change order.</summary>
    Task<IReadOnlyList<PoolChange>> ReadAsync(TalentPoolScope scope, long after, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns once a change may have been committed since the previous call (a notification), or after
    /// <paramref name="timeout"/> at the latest. One caller at a time.
    /// </summary>
    Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}
