using System.Globalization;
using Hiring.Reasoning.Embeddings;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hiring.Talent.Search;

/// <summary>
/// Searches the pools a tenant may see: boolean query with synonyms, optional semantic rerank of
/// the top hits over cached profile vectors, or a pure natural-language ranking by meaning.
/// </summary>
public sealed class TalentSearch(
    LuceneTalentIndex index,
    TalentQueryCompiler compiler,
    ProfileVectorStore vectors,
    ITextEmbedder embedder,
    TalentSearchOptions options)
{
    private static readonly HashSet<string> IdFields = [TalentFields.Id, TalentFields.Pool];

    /// <summary>Runs the search; a malformed query throws <see cref="TalentQuerySyntaxException"/>.</summary>
    public TalentSearchResult Search(TalentSearchRequest request)
    {
        var top = Math.Clamp(request.Top, 1, options.MaxTop);
        var query = request.Mode == SearchMode.NaturalLanguage ? null : compiler.Parse(request.Query);
        using var lease = index.AcquireFor(request.Tenant);
        if (lease is null)
        {
            return TalentSearchResult.Empty(request);
        }

        return query is null
            ? ByMeaning(lease.Searcher, request, top)
            : ByQuery(lease.Searcher, query, request, top);
    }

    private TalentSearchResult ByQuery(IndexSearcher searcher, Query query, TalentSearchRequest request, int top)
    {
        var caches = vectors.Visible(request.Tenant).ToDictionary(v => TalentIndexPaths.PoolName(v.Scope), v => v.Cache);
        float[]? VectorOf(RankedCandidate c) => caches.TryGetValue(c.Pool, out var cache) ? cache.Get(c.Id) : null;

        // With no vector cached yet, a rerank could not change anything: fetch only what is shown.
        var rerank = request.Mode == SearchMode.Reranked && caches.Values.Any(c => c.Count > 0);
        var depth = rerank ? Math.Max(top, options.RerankDepth) : top;
        var found = searcher.Search(query, depth);
        IReadOnlyList<RankedCandidate> ranked = [.. found.ScoreDocs.Select(hit =>
        {
            var document = searcher.Doc(hit.Doc, IdFields);
            return new RankedCandidate(hit.Doc, document.Get(TalentFields.Pool, CultureInfo.InvariantCulture), document.Get(TalentFields.Id, CultureInfo.InvariantCulture), hit.Score);
        })];

        var withVectors = 0;
        if (rerank && ranked.Count > 1)
        {
            withVectors = ranked.Count(c => VectorOf(c) is not null);
            var words = QueryText.ForEmbedding(request.Query);
            if (withVectors > 0 && words.Length > 0)
            {
                var queryVector = embedder.Embed([words])[0];
                ranked = SemanticReranker.Rerank(ranked, queryVector, VectorOf, options.SemanticWeight);
            }
        }

        var shown = ranked.Take(top).ToList();
        var reasons = MatchExplainer.Explain(searcher, query, [.. shown.Select(c => c.Doc)]);
        var hits = shown.Select(c => ToHit(searcher, c.Doc, c.Score, c.Bm25, c.Similarity, reasons[c.Doc])).ToList();
        return new TalentSearchResult(request.Query, request.Mode, found.TotalHits, hits, withVectors);
    }

    private TalentSearchResult ByMeaning(IndexSearcher searcher, TalentSearchRequest request, int top)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return TalentSearchResult.Empty(request);
        }

        var queryVector = embedder.Embed([request.Query])[0];
        var best = new PriorityQueue<(string Pool, string Id), float>();
        var total = 0;
        foreach (var (scope, cache) in vectors.Visible(request.Tenant))
        {
            var (ids, all) = cache.Snapshot();
            total += ids.Length;
            var pool = TalentIndexPaths.PoolName(scope);
            for (var i = 0; i < ids.Length; i++)
            {
                var similarity = VectorMath.Cosine(queryVector, all[i]);
                if (best.Count < top)
                {
                    best.Enqueue((pool, ids[i]), similarity);
                }
                else if (best.TryPeek(out _, out var worst) && similarity > worst)
                {
                    best.DequeueEnqueue((pool, ids[i]), similarity);
                }
            }
        }

        var ranked = new List<(string Pool, string Id, float Similarity)>();
        while (best.TryDequeue(out var entry, out var similarity))
        {
            ranked.Add((entry.Pool, entry.Id, similarity));
        }

        ranked.Reverse();
        var hits = new List<TalentHit>();
        foreach (var (pool, id, similarity) in ranked)
        {
            if (Find(searcher, pool, id) is { } doc)
            {
                hits.Add(ToHit(searcher, doc, similarity, null, similarity, [new MatchReason("meaning", [$"similarity {similarity:0.00}"])]));
            }
        }

        return new TalentSearchResult(request.Query, request.Mode, total, hits, total);
    }

    private static int? Find(IndexSearcher searcher, string pool, string id)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(TalentFields.Id, id)), Occur.MUST },
            { new TermQuery(new Term(TalentFields.Pool, pool)), Occur.MUST },
        };
        var found = searcher.Search(query, 1);
        return found.ScoreDocs.Length > 0 ? found.ScoreDocs[0].Doc : null;
    }

    private static TalentHit ToHit(IndexSearcher searcher, int doc, double score, double? bm25, double? similarity, IReadOnlyList<MatchReason> reasons)
    {
        var document = searcher.Doc(doc);
        var profile = ProfileDocumentMapper.ReadProfile(document);
        return TalentHit.Of(profile, document.Get(TalentFields.Pool, CultureInfo.InvariantCulture), score, bm25, similarity, reasons);
    }
}
