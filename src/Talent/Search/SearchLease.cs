using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hiring.Talent.Search;

/// <summary>
/// A searcher over the pools one tenant may see (the public pool and its own private pool) as one
/// reader, so scores are comparable; disposing it releases the pools' searchers.
/// </summary>
public sealed class SearchLease : IDisposable
{
    private readonly IReadOnlyList<(SearcherManager Manager, IndexSearcher Searcher)> _acquired;
    private readonly MultiReader _reader;

    internal SearchLease(IReadOnlyList<(SearcherManager Manager, IndexSearcher Searcher)> acquired)
    {
        _acquired = acquired;
        _reader = new MultiReader([.. acquired.Select(a => a.Searcher.IndexReader)], closeSubReaders: false);
        Searcher = new IndexSearcher(_reader);
    }

    public IndexSearcher Searcher { get; }

    public void Dispose()
    {
        _reader.Dispose();
        foreach (var (manager, searcher) in _acquired)
        {
            manager.Release(searcher);
        }
    }
}
