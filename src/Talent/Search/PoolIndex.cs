using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Hiring.Talent.Search;

/// <summary>
/// One pool's index directory: its single IndexWriter (opened on the first write) and a
/// SearcherManager, near-real-time over the writer once there is one, else over the last commit.
/// </summary>
internal sealed class PoolIndex : IDisposable
{
    /// <summary>A file beside the index naming its tenant, since folder names of odd tenants are hashes.</summary>
    internal const string TenantMarker = "tenant.name";

    private readonly string _path;
    private readonly string? _tenant;
    private readonly Analyzer _analyzer;
    private readonly System.Threading.Lock _gate = new();
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;

    public PoolIndex(string path, string? tenant, Analyzer analyzer)
    {
        _path = path;
        _tenant = tenant;
        _analyzer = analyzer;
    }

    public IndexWriter Writer
    {
        get
        {
            lock (_gate)
            {
                if (_writer is null)
                {
                    System.IO.Directory.CreateDirectory(_path);
                    if (_tenant is not null)
                    {
                        File.WriteAllText(Path.Combine(_path, TenantMarker), _tenant);
                    }

                    _directory ??= FSDirectory.Open(_path);
                    var config = new IndexWriterConfig(ProfileTextAnalyzer.Version, _analyzer)
                    {
                        OpenMode = OpenMode.CREATE_OR_APPEND,
                        RAMBufferSizeMB = 128,
                    };
                    _writer = new IndexWriter(_directory, config);
                    _searchers?.Dispose();
                    _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
                }

                return _writer;
            }
        }
    }

    // The commit's user data key of the shared feed position (LuceneTalentIndex.FollowedTo); later commits keep it.
    private const string FollowedKey = "hiring.followed-change";

    /// <summary>The shared feed position of the last commit, 0 when none was recorded.</summary>
    public long FollowedTo =>
        Writer.CommitData.TryGetValue(FollowedKey, out var value) ? long.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>Makes the last writes durable and visible to the next search; with <paramref name="followedTo"/>, records that feed position in the same commit.</summary>
    public void Commit(long? followedTo = null)
    {
        var writer = Writer;
        if (followedTo is { } position)
        {
            writer.SetCommitData(new Dictionary<string, string>(writer.CommitData) { [FollowedKey] = position.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        writer.Commit();
        SearcherManager? searchers;
        lock (_gate)
        {
            searchers = _searchers;
        }

        searchers?.MaybeRefreshBlocking();
    }

    /// <summary>Held while a batch is written and committed, so the existence check of its ids stays true.</summary>
    public System.Threading.Lock WriteLock { get; } = new();

    /// <summary>Which of the ids have a document in the last commit (deleted ones may count too).</summary>
    public HashSet<string> Existing(IEnumerable<string> ids)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        if (Acquire() is not { } acquired)
        {
            return existing;
        }

        try
        {
            var wanted = ids.ToList();
            foreach (var leaf in acquired.Searcher.IndexReader.Leaves)
            {
                var terms = leaf.AtomicReader.GetTerms(TalentFields.Id)?.GetEnumerator();
                if (terms is null)
                {
                    continue;
                }

                foreach (var id in wanted)
                {
                    if (terms.SeekExact(new Lucene.Net.Util.BytesRef(id)))
                    {
                        existing.Add(id);
                    }
                }
            }
        }
        finally
        {
            acquired.Manager.Release(acquired.Searcher);
        }

        return existing;
    }

    /// <summary>A searcher to release through the returned manager, or null when the pool has no index yet.</summary>
    public (SearcherManager Manager, IndexSearcher Searcher)? Acquire()
    {
        lock (_gate)
        {
            if (_searchers is null)
            {
                if (!System.IO.Directory.Exists(_path))
                {
                    return null;
                }

                _directory ??= FSDirectory.Open(_path);
                if (!DirectoryReader.IndexExists(_directory))
                {
                    return null;
                }

                _searchers = new SearcherManager(_directory, searcherFactory: null);
            }
            else if (_writer is null)
            {
                // Without our own writer, another process may have committed since.
                _searchers.MaybeRefresh();
            }

            return (_searchers, _searchers.Acquire());
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _searchers?.Dispose();
            _writer?.Dispose();
            _directory?.Dispose();
            _searchers = null;
            _writer = null;
            _directory = null;
        }
    }
}
