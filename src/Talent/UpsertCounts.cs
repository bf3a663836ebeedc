namespace Hiring.Talent;

/// <summary>What an upsert did: profiles inserted and updated, and the ids refused because the pool erased them (null when none, so counts compare by value).</summary>
public readonly record struct UpsertCounts(int Inserted, int Updated, IReadOnlyList<string>? ErasedIds = null)
{
    /// <summary>Ids of profiles not stored because their person was erased from the pool (see <see cref="CandidateTombstone"/>).</summary>
    public IReadOnlyList<string> Erased => ErasedIds ?? [];
}
