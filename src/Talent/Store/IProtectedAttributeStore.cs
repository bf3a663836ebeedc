namespace Hiring.Talent.Store;

/// <summary>
/// Protected attributes of synthetic profiles (for the fairness suite), kept apart from the profiles and never
/// indexed: in the embedded SQLite file, or in PostgreSQL in cluster mode. Erasing a person deletes theirs
/// (<see cref="IProfileStore.EraseAsync"/>).
/// </summary>
public interface IProtectedAttributeStore
{
    /// <summary>Stores the attributes of the scope's profiles, replacing what each id had (the last of an id given twice wins).</summary>
    Task UpsertAsync(TalentPoolScope scope, IReadOnlyList<KeyValuePair<string, ProtectedAttributes>> attributes, CancellationToken cancellationToken = default);

    /// <summary>One profile's attributes, or null.</summary>
    Task<ProtectedAttributes?> GetAsync(TalentPoolScope scope, string id, CancellationToken cancellationToken = default);

    /// <summary>Every profile id of the scope with its attributes, in id order, for the fairness suite.</summary>
    IAsyncEnumerable<KeyValuePair<string, ProtectedAttributes>> ReadAllAsync(TalentPoolScope scope, CancellationToken cancellationToken = default);
}
