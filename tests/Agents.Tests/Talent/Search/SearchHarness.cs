using Hiring.Contracts.Talent;
using Hiring.Reasoning.Embeddings;
using Hiring.Talent;
using Hiring.Talent.Hosting;
using Hiring.Talent.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hiring.Agents.Tests.Talent.Search;

/// <summary>The search stack on a temporary data folder, wired as AddTalentSearch wires it, with the embedding worker running.</summary>
internal sealed class SearchHarness : IDisposable
{
    private readonly TempDataDirectory? _ownData;
    private readonly ProfileEmbeddingWorker _worker;

    public SearchHarness(ITextEmbedder? embedder = null, string? dataDirectory = null, TalentSearchOptions? options = null)
    {
        if (dataDirectory is null)
        {
            _ownData = new TempDataDirectory();
            dataDirectory = _ownData.Path;
        }

        Embedder = embedder ?? new HashingEmbedder();
        Paths = new TalentIndexPaths(dataDirectory);
        Taxonomy = TalentTaxonomy.LoadDefault();
        Vectors = new ProfileVectorStore(Paths, Embedder);
        Queue = new EmbeddingQueue();
        Index = new LuceneTalentIndex(Paths, Taxonomy, Queue, Vectors);
        Compiler = new TalentQueryCompiler(Taxonomy);
        Options = options ?? new TalentSearchOptions();
        Search = new TalentSearch(Index, Compiler, Vectors, Embedder, Options);
        _worker = new ProfileEmbeddingWorker(Queue, new ProfileEmbedder(Embedder, Vectors), NullLogger<ProfileEmbeddingWorker>.Instance);
        _worker.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public ITextEmbedder Embedder { get; }

    public TalentIndexPaths Paths { get; }

    public TalentTaxonomy Taxonomy { get; }

    public ProfileVectorStore Vectors { get; }

    public EmbeddingQueue Queue { get; }

    public LuceneTalentIndex Index { get; }

    public TalentQueryCompiler Compiler { get; }

    public TalentSearchOptions Options { get; }

    public TalentSearch Search { get; }

    public async Task AddAsync(TalentPoolScope scope, params CandidateProfile[] profiles)
    {
        await Index.IndexAsync(scope, profiles);
        await Queue.WhenDrainedAsync().WaitAsync(TimeSpan.FromMinutes(2));
    }

    public Task AddPublicAsync(params CandidateProfile[] profiles) => AddAsync(TalentPoolScope.Public, profiles);

    /// <summary>The ids of the hits, best first.</summary>
    public IReadOnlyList<string> Ids(string query, string? tenant = null, SearchMode mode = SearchMode.Boolean, int top = 20) =>
        [.. Search.Search(new TalentSearchRequest(query, tenant, top, mode)).Hits.Select(h => h.Id)];

    public void Dispose()
    {
        _worker.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        _worker.Dispose();
        Index.Dispose();
        Vectors.Dispose();
        Compiler.Dispose();
        _ownData?.Dispose();
    }
}
