using System.Collections.Concurrent;
using Hiring.Contracts.Talent;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hiring.Talent.Search;

/// <summary>
/// The Lucene.Net talent index: one directory for the public pool and one per tenant's private
/// pool, each with one IndexWriter. Indexing commits and refreshes searchers before it returns, then
/// leaves the profile vectors to the background embedding worker.
/// </summary>
public sealed class LuceneTalentIndex : ITalentIndex, IDisposable
{
    private const int ParallelFrom = 1_000;

    private readonly TalentIndexPaths _paths;
    private readonly ProfileDocumentMapper _mapper;
    private readonly EmbeddingQueue? _embeddings;
    private readonly ProfileVectorStore? _vectors;
    private readonly Analyzer _analyzer = TalentAnalyzers.Create();
    private readonly ConcurrentDictionary<TalentPoolScope, Lazy<PoolIndex>> _pools = new();

    /// <param name="paths">Where the indexes live.</param>
    /// <param name="taxonomy">Skill synonyms applied when a profile is stored.</param>
    /// <param name="embeddings">Where profiles go to get a vector; null to index without embeddings (benchmarks).</param>
    /// <param name="vectors">The vector caches, so a removed profile loses its vector too.</param>
    public LuceneTalentIndex(TalentIndexPaths paths, TalentTaxonomy taxonomy, EmbeddingQueue? embeddings = null, ProfileVectorStore? vectors = null)
    {
        _paths = paths;
        _mapper = new ProfileDocumentMapper(taxonomy);
        _embeddings = embeddings;
        _vectors = vectors;
    }

    public Task IndexAsync(TalentPoolScope scope, IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken = default)
    {
        if (profiles.Count == 0)
        {
            return Task.CompletedTask;
        }

        var pool = Pool(scope);
        lock (pool.WriteLock)
        {
            Write(pool, scope, profiles, cancellationToken);
            pool.Commit();
        }

        Embed(scope, profiles);
        return Task.CompletedTask;
    }

    public Task RemoveAsync(TalentPoolScope scope, string id, CancellationToken cancellationToken = default)
    {
        var pool = Pool(scope);
        lock (pool.WriteLock)
        {
            Delete(pool, [id]);
            pool.Commit();
        }

        _vectors?.For(scope).Remove(id);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The change of a shared profile feed (<see cref="IProfileChangeFeed"/>) this pool's index applied last, 0 when
    /// it never followed one. Kept in the index's own commit, so it always matches what the index holds: a copy of
    /// the folder, a crash or a rebuild cannot make it claim changes the index lacks.
    /// </summary>
    public long FollowedTo(TalentPoolScope scope) => Pool(scope).FollowedTo;

    /// <summary>
    /// Applies changes read from a shared feed (profiles indexed, erased people removed with their vectors) and
    /// records <paramref name="position"/> as <see cref="FollowedTo"/> in the same commit.
    /// </summary>
    public void ApplyFollowed(TalentPoolScope scope, IReadOnlyList<PoolChange> changes, long position, CancellationToken cancellationToken = default)
    {
        var profiles = changes.Where(c => c.Profile is not null).Select(c => c.Profile!).ToList();
        var erased = changes.Where(c => c.Profile is null).Select(c => c.Id).ToList();
        var pool = Pool(scope);
        lock (pool.WriteLock)
        {
            Write(pool, scope, profiles, cancellationToken);
            Delete(pool, erased);
            pool.Commit(position);
        }

        Embed(scope, profiles);
        foreach (var id in erased)
        {
            _vectors?.For(scope).Remove(id);
        }
    }

    /// <summary>Adds or replaces the profiles' documents; the caller holds the pool's write lock and commits.</summary>
    private void Write(PoolIndex pool, TalentPoolScope scope, IReadOnlyList<CandidateProfile> profiles, CancellationToken cancellationToken)
    {
        if (profiles.Count == 0)
        {
            return;
        }

        var writer = pool.Writer;
        var poolName = TalentIndexPaths.PoolName(scope);

        // Replacing by id makes Lucene look the id up in every segment at each flush; doing it
        // once here lets new profiles (all of them when a pool is first built) be plain adds.
        var latest = profiles.GroupBy(p => p.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var existing = pool.Existing(latest.Select(p => p.Id));
        void WriteOne(CandidateProfile profile)
        {
            var document = _mapper.ToDocument(profile, poolName);
            if (existing.Contains(profile.Id))
            {
                writer.UpdateDocument(new Term(TalentFields.Id, profile.Id), document);
            }
            else
            {
                writer.AddDocument(document);
            }
        }

        if (latest.Count < ParallelFrom)
        {
            latest.ForEach(WriteOne);
        }
        else
        {
            // IndexWriter takes documents from several threads at once (one in-memory segment
            // per thread), and building a document is most of the cost of a large batch.
            Parallel.ForEach(latest, new ParallelOptions { CancellationToken = cancellationToken }, WriteOne);
        }
    }

    /// <summary>Deletes the ids' documents so none of their data stays on disk; the caller holds the pool's write lock and commits.</summary>
    private static void Delete(PoolIndex pool, List<string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        foreach (var id in ids)
        {
            pool.Writer.DeleteDocuments(new Term(TalentFields.Id, id));
        }

        // A deleted document stays in its segment's files until a merge: rewrite those segments
        // now, so the profile's stored fields leave the disk (a rare, operator-driven write).
        pool.Writer.ForceMergeDeletes(doWait: true);
    }

    private void Embed(TalentPoolScope scope, IReadOnlyList<CandidateProfile> profiles)
    {
        if (_embeddings is null || profiles.Count == 0)
        {
            return;
        }

        _vectors?.For(scope).Readmit(profiles.Select(p => p.Id));
        foreach (var profile in profiles)
        {
            var text = ProfileEmbeddingText.Of(profile);
            _embeddings.Enqueue(new EmbeddingJob(scope, profile.Id, text, ProfileEmbeddingText.Hash(text)));
        }
    }

    /// <summary>
    /// A searcher over what <paramref name="tenant"/> may see: the public pool plus its own private
    /// pool (only the public pool when null). Null when none of them has an index yet.
    /// </summary>
    public SearchLease? AcquireFor(string? tenant)
    {
        var scopes = tenant is null ? [TalentPoolScope.Public] : new[] { TalentPoolScope.Public, TalentPoolScope.Private(tenant) };
        var acquired = new List<(SearcherManager, IndexSearcher)>();
        foreach (var scope in scopes)
        {
            if (Pool(scope).Acquire() is { } searcher)
            {
                acquired.Add(searcher);
            }
        }

        return acquired.Count == 0 ? null : new SearchLease(acquired);
    }

    /// <summary>Queues every profile of the scope whose vector is missing or stale; returns how many.</summary>
    public int EnqueueMissingVectors(TalentPoolScope scope)
    {
        if (_embeddings is null)
        {
            return 0;
        }

        var queued = 0;
        foreach (var job in MissingVectors(scope))
        {
            _embeddings.Enqueue(job);
            queued++;
        }

        return queued;
    }

    /// <summary>
    /// The embedding work of every profile of the scope whose vector is missing or stale, read
    /// lazily from the index (a large pool never sits in memory as jobs).
    /// </summary>
    public IEnumerable<EmbeddingJob> MissingVectors(TalentPoolScope scope)
    {
        if (_vectors is null || Pool(scope).Acquire() is not { } acquired)
        {
            yield break;
        }

        var cache = _vectors.For(scope);
        try
        {
            var reader = acquired.Searcher.IndexReader;
            var liveDocs = MultiFields.GetLiveDocs(reader);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (liveDocs is not null && !liveDocs.Get(doc))
                {
                    continue;
                }

                var profile = ProfileDocumentMapper.ReadProfile(reader.Document(doc));
                var text = ProfileEmbeddingText.Of(profile);
                var hash = ProfileEmbeddingText.Hash(text);
                if (!cache.Has(profile.Id, hash))
                {
                    yield return new EmbeddingJob(scope, profile.Id, text, hash);
                }
            }
        }
        finally
        {
            acquired.Manager.Release(acquired.Searcher);
        }
    }

    /// <summary>The pools that have an index on disk: the public pool and every tenant's private pool.</summary>
    public IReadOnlyList<TalentPoolScope> ScopesOnDisk()
    {
        var scopes = new List<TalentPoolScope>();
        if (System.IO.Directory.Exists(_paths.IndexOf(TalentPoolScope.Public)))
        {
            scopes.Add(TalentPoolScope.Public);
        }

        var tenants = Path.Combine(_paths.IndexRoot, "tenants");
        if (System.IO.Directory.Exists(tenants))
        {
            scopes.AddRange(System.IO.Directory.EnumerateFiles(tenants, PoolIndex.TenantMarker, SearchOption.AllDirectories)
                .Select(marker => TalentPoolScope.Private(File.ReadAllText(marker))));
        }

        return scopes;
    }

    public void Dispose()
    {
        foreach (var pool in _pools.Values.Where(p => p.IsValueCreated))
        {
            pool.Value.Dispose();
        }

        _analyzer.Dispose();
    }

    private PoolIndex Pool(TalentPoolScope scope) =>
        _pools.GetOrAdd(scope, s => new Lazy<PoolIndex>(() => new PoolIndex(_paths.IndexOf(s), s.Tenant, _analyzer))).Value;
}
