using System.Collections.Concurrent;
using Hiring.Reasoning.Embeddings;

namespace Hiring.Talent.Search;

/// <summary>The vector caches of every pool, opened on first use.</summary>
public sealed class ProfileVectorStore(TalentIndexPaths paths, ITextEmbedder embedder) : IDisposable
{
    private readonly ConcurrentDictionary<TalentPoolScope, Lazy<ProfileVectorCache>> _caches = new();

    public int Dimensions => embedder.Dimensions;

    public ProfileVectorCache For(TalentPoolScope scope) =>
        _caches.GetOrAdd(scope, s => new Lazy<ProfileVectorCache>(() => new ProfileVectorCache(paths.VectorsOf(s), embedder.Dimensions))).Value;

    /// <summary>The caches a tenant's search may read: the public pool's and its own.</summary>
    public IReadOnlyList<(TalentPoolScope Scope, ProfileVectorCache Cache)> Visible(string? tenant) =>
        tenant is null
            ? [(TalentPoolScope.Public, For(TalentPoolScope.Public))]
            : [(TalentPoolScope.Public, For(TalentPoolScope.Public)), (TalentPoolScope.Private(tenant), For(TalentPoolScope.Private(tenant)))];

    public void Dispose()
    {
        foreach (var cache in _caches.Values.Where(c => c.IsValueCreated))
        {
            cache.Value.Dispose();
        }
    }
}
