using Hiring.Contracts.Talent;

namespace Hiring.Talent;

/// <summary>
/// The searchable index of the talent pools (Lucene.Net on disk under the data folder; one
/// index for the public pool and one per tenant's private pool). Search for a tenant covers the
/// public pool plus that tenant's private pool, never another tenant's.
/// </summary>
public interface ITalentIndex
{
    /// <summary>Adds or replaces profiles (by id) in the scope's index; embeddings follow in the background.</summary>
    Task IndexAsync(TalentPoolScope scope, IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes a profile from the scope's index and its vector, keeping no copy of either on disk
    /// (for an erasure); a vector still queued for it is dropped, until the id is indexed again.
    /// </summary>
    Task RemoveAsync(TalentPoolScope scope, string id, CancellationToken cancellationToken = default);
}
