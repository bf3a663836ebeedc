using System.Diagnostics;
using System.Globalization;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Embeddings;
using Hiring.Talent;
using Hiring.Talent.Search;

namespace Hiring.Gateway.Cli.Bench;

/// <summary>
/// Indexes N profiles into a fresh index (no embeddings), then measures boolean query latency over
/// <see cref="BenchQueries"/> and the cost of reranking 200 hits with cached vectors.
/// </summary>
public sealed class SearchBenchmark(TextWriter output)
{
    private const int BatchSize = 20_000;
    private const int Rounds = 5;
    private const int RerankDepth = 200;

    /// <summary>Indexes (unless reusing the index a previous run built), then measures queries and rerank.</summary>
    public async Task RunAsync(string directory, int profiles, IProfileStore? store, bool reuseIndex, CancellationToken cancellationToken)
    {
        var paths = new TalentIndexPaths(directory);
        var reusing = reuseIndex && Directory.Exists(paths.IndexOf(TalentPoolScope.Public));
        if (!reusing && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        var taxonomy = TalentTaxonomy.LoadDefault();
        using var index = new LuceneTalentIndex(paths, taxonomy);
        Line($"load average before: {LoadAverage.Now()}");
        if (!reusing)
        {
            var (wall, cpu) = await IndexAsync(index, profiles, store, cancellationToken);
            Line($"indexing: {profiles:N0} profiles in {wall.TotalSeconds:0.0} s = {profiles / wall.TotalSeconds:N0} profiles/s wall clock; {cpu.TotalSeconds:0.0} CPU-s = {profiles / cpu.TotalSeconds:N0} profiles per CPU-second (generation and embeddings excluded)");
        }

        using (var lease = index.AcquireFor(null))
        {
            Line($"index: {lease?.Searcher.IndexReader.NumDocs ?? 0:N0} profiles, {Directory.EnumerateFiles(paths.IndexOf(TalentPoolScope.Public)).Sum(f => new FileInfo(f).Length) / 1048576d:N0} MB; load average now: {LoadAverage.Now()}");
        }

        using var embedder = new MiniLmEmbedder();
        using var vectors = new ProfileVectorStore(paths, embedder);
        using var compiler = new TalentQueryCompiler(taxonomy);
        var search = new TalentSearch(index, compiler, vectors, embedder, new TalentSearchOptions());
        MeasureQueries(search);
        MeasureRerank(index, compiler, vectors, search);
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> IndexAsync(LuceneTalentIndex index, int count, IProfileStore? store, CancellationToken cancellationToken)
    {
        var elapsed = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        var process = Process.GetCurrentProcess();
        var batch = new List<CandidateProfile>(BatchSize);
        async Task FlushAsync()
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await index.IndexAsync(TalentPoolScope.Public, batch, cancellationToken);
            elapsed += clock.Elapsed;
            process.Refresh();
            cpu += process.TotalProcessorTime - cpuBefore;
            batch.Clear();
        }

        await foreach (var profile in Source(count, store, cancellationToken))
        {
            batch.Add(profile);
            if (batch.Count == BatchSize)
            {
                await FlushAsync();
            }
        }

        await FlushAsync();
        return (elapsed, cpu);
    }

    private static async IAsyncEnumerable<CandidateProfile> Source(int count, IProfileStore? store, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (store is not null && await store.CountAsync(TalentPoolScope.Public, cancellationToken) >= count)
        {
            var taken = 0;
            await foreach (var profile in store.ReadAllAsync(TalentPoolScope.Public, cancellationToken: cancellationToken))
            {
                if (taken++ == count)
                {
                    yield break;
                }

                yield return profile;
            }

            yield break;
        }

        var generator = new BenchProfileGenerator();
        for (var i = 0; i < count; i++)
        {
            yield return generator.Next();
        }
    }

    private void MeasureQueries(TalentSearch search)
    {
        foreach (var query in BenchQueries.All)
        {
            search.Search(new TalentSearchRequest(query, Top: 20, Mode: SearchMode.Boolean));
        }

        var latencies = new List<double>();
        var cpu = new List<double>();
        var perQuery = BenchQueries.All.ToDictionary(q => q, _ => new List<double>());
        long matches = 0;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var query in BenchQueries.All)
            {
                var cpuBefore = ThreadCpuClock.NowMilliseconds();
                var clock = Stopwatch.StartNew();
                var result = search.Search(new TalentSearchRequest(query, Top: 20, Mode: SearchMode.Boolean));
                latencies.Add(clock.Elapsed.TotalMilliseconds);
                if (ThreadCpuClock.NowMilliseconds() - cpuBefore is { } used)
                {
                    cpu.Add(used);
                }

                perQuery[query].Add(clock.Elapsed.TotalMilliseconds);
                matches += round == 0 ? result.TotalMatches : 0;
            }
        }

        Line($"boolean queries: {BenchQueries.All.Count} queries x {Rounds} rounds, top 20 with why-matched: p50 {Percentiles.Of(latencies, 50):0.00} ms, p99 {Percentiles.Of(latencies, 99):0.00} ms, mean {latencies.Average():0.00} ms; {matches / BenchQueries.All.Count:N0} matches per query on average");
        Line($"boolean queries, CPU time of the query thread (latency on an idle core): p50 {Percentiles.Of(cpu, 50):0.00} ms, p99 {Percentiles.Of(cpu, 99):0.00} ms, mean {(cpu.Count > 0 ? cpu.Average() : 0):0.00} ms");
        foreach (var (query, times) in perQuery.OrderByDescending(p => Percentiles.Of(p.Value, 50)).Take(5))
        {
            Line($"  slowest: {Percentiles.Of(times, 50):0.00} ms median  {query}");
        }
    }

    private void MeasureRerank(LuceneTalentIndex index, TalentQueryCompiler compiler, ProfileVectorStore vectors, TalentSearch search)
    {
        var cache = vectors.For(TalentPoolScope.Public);
        var random = new Random(7);
        var candidateLists = new List<IReadOnlyList<RankedCandidate>>();
        using (var lease = index.AcquireFor(null)!)
        {
            foreach (var query in BenchQueries.All)
            {
                var hits = lease.Searcher.Search(compiler.Parse(query), RerankDepth).ScoreDocs;
                var candidates = hits.Select(h => new RankedCandidate(h.Doc, "public", lease.Searcher.Doc(h.Doc).Get(TalentFields.Id, CultureInfo.InvariantCulture), h.Score)).ToList();
                // Stand-in vectors: the cost measured is the lookup and blend, not the model.
                cache.Put([.. candidates.Where(c => cache.Get(c.Id) is null).Select(c => (c.Id, 0UL, RandomUnit(random, vectors.Dimensions)))]);
                candidateLists.Add(candidates);
            }
        }

        var queryVector = RandomUnit(random, vectors.Dimensions);
        var timings = new List<double>();
        for (var round = 0; round < Rounds * 4; round++)
        {
            foreach (var candidates in candidateLists.Where(c => c.Count > 1))
            {
                var clock = Stopwatch.StartNew();
                SemanticReranker.Rerank(candidates, queryVector, c => cache.Get(c.Id), 0.7);
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        Line($"rerank with cached vectors: up to {RerankDepth} hits, p50 {Percentiles.Of(timings, 50):0.000} ms, p99 {Percentiles.Of(timings, 99):0.000} ms");

        search.Search(new TalentSearchRequest(BenchQueries.All[0], Top: 20, Mode: SearchMode.Reranked));
        var endToEnd = new List<double>();
        foreach (var query in BenchQueries.All)
        {
            var clock = Stopwatch.StartNew();
            search.Search(new TalentSearchRequest(query, Top: 20, Mode: SearchMode.Reranked));
            endToEnd.Add(clock.Elapsed.TotalMilliseconds);
        }

        Line($"reranked search end to end (boolean top {RerankDepth} + MiniLM query embedding + rerank + why-matched): p50 {Percentiles.Of(endToEnd, 50):0.00} ms, p99 {Percentiles.Of(endToEnd, 99):0.00} ms");
    }

    private static float[] RandomUnit(Random random, int dimensions)
    {
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = (float)(random.NextDouble() - 0.5);
        }

        VectorMath.Normalize(vector);
        return vector;
    }

    private void Line(string text) => output.WriteLine(text);
}
