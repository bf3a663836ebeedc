namespace Hiring.Talent.Search;

/// <summary>(Re)builds a pool's index from the profile store, after seeding or import.</summary>
public sealed class TalentIndexBuilder(ITalentIndex index)
{
    private const int BatchSize = 5_000;

    /// <summary>
    /// Indexes every profile of the scope (only those updated after <paramref name="since"/> when
    /// given), in batches; returns how many. Vectors follow in the background.
    /// </summary>
    public async Task<long> RebuildAsync(IProfileStore store, TalentPoolScope scope, DateTimeOffset? since = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var batch = new List<Contracts.Talent.CandidateProfile>(BatchSize);
        long indexed = 0;
        await foreach (var profile in store.ReadAllAsync(scope, since, cancellationToken))
        {
            batch.Add(profile);
            if (batch.Count == BatchSize)
            {
                indexed += await FlushAsync(scope, batch, cancellationToken);
                progress?.Report(indexed);
            }
        }

        indexed += await FlushAsync(scope, batch, cancellationToken);
        progress?.Report(indexed);
        return indexed;
    }

    private async Task<int> FlushAsync(TalentPoolScope scope, List<Contracts.Talent.CandidateProfile> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        await index.IndexAsync(scope, [.. batch], cancellationToken);
        var count = batch.Count;
        batch.Clear();
        return count;
    }
}
