using Hiring.Contracts.Talent;
using Hiring.Talent;
using Hiring.Talent.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hiring.Agents.Tests.Talent.Search;

public sealed class TalentIndexBuilderTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public async Task RebuildIndexesEveryProfileOfTheStoreForThatPoolOnly()
    {
        var store = new InMemoryProfileStore();
        await store.UpsertAsync(TalentPoolScope.Public, SamplePool.All);
        await store.UpsertAsync(TalentPoolScope.Private("acme"), [SamplePool.Nurse with { Id = "acme-nurse", Source = new ProfileSource(TalentPoolKind.Private, "acme", ProfileOrigin.Applicant) }]);

        var indexed = await new TalentIndexBuilder(_harness.Index).RebuildAsync(store, TalentPoolScope.Public);

        Assert.Equal(5, indexed);
        Assert.Equal(5, _harness.Ids("", "acme").Count);
    }

    [Fact]
    public async Task TheWorkerEmbedsProfilesIndexedWhileItWasNotRunning()
    {
        using (var bare = new LuceneTalentIndex(_harness.Paths, _harness.Taxonomy))
        {
            await bare.IndexAsync(TalentPoolScope.Private("odd/tenant"), [SamplePool.Gopher]);
        }

        var embedder = new HashingEmbedder();
        var vectors = new ProfileVectorStore(_harness.Paths, embedder);
        var queue = new EmbeddingQueue();
        using var index = new LuceneTalentIndex(_harness.Paths, _harness.Taxonomy, queue, vectors);
        using var worker = new ProfileEmbeddingWorker(queue, new ProfileEmbedder(embedder, vectors), NullLogger<ProfileEmbeddingWorker>.Instance, index);

        await worker.StartAsync(CancellationToken.None);
        await Wait.UntilAsync(() => vectors.For(TalentPoolScope.Private("odd/tenant")).Count == 1, TimeSpan.FromMinutes(1), "the vector lands in the cache");
        await worker.StopAsync(CancellationToken.None);
        vectors.Dispose();

        Assert.Equal(1, embedder.Embedded);
    }


    public void Dispose() => _harness.Dispose();
}
