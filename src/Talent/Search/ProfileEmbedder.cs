using Hiring.Reasoning.Embeddings;

namespace Hiring.Talent.Search;

/// <summary>Computes the vectors of queued profiles in batches, skipping any whose text is already cached.</summary>
public sealed class ProfileEmbedder(ITextEmbedder embedder, ProfileVectorStore vectors)
{
    internal const int BatchSize = 32;

    /// <summary>Embeds the jobs that need it and stores the vectors; returns how many were computed.</summary>
    public int Process(IReadOnlyList<EmbeddingJob> jobs, CancellationToken cancellationToken = default)
    {
        var computed = 0;
        foreach (var group in jobs.GroupBy(j => j.Scope))
        {
            var cache = vectors.For(group.Key);
            var wanted = group
                .GroupBy(j => j.ProfileId).Select(g => g.Last())
                .Where(j => !cache.Has(j.ProfileId, j.Hash))
                .ToList();
            foreach (var chunk in wanted.Chunk(BatchSize))
            {
                var embedded = embedder.Embed([.. chunk.Select(j => j.Text)], cancellationToken);
                cache.Put([.. chunk.Select((j, i) => (j.ProfileId, j.Hash, embedded[i]))]);
                computed += chunk.Length;
            }
        }

        return computed;
    }
}
