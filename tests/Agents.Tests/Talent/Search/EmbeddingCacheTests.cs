using Hiring.Talent;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Talent.Search;

public sealed class EmbeddingCacheTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task IndexingComputesEachProfileVectorInTheBackground()
    {
        var embedder = new HashingEmbedder();
        using var harness = new SearchHarness(embedder, _data.Path);

        await harness.AddPublicAsync(SamplePool.All);

        Assert.Equal(5, embedder.Embedded);
        Assert.Equal(5, harness.Vectors.For(TalentPoolScope.Public).Count);
    }

    [Fact]
    public async Task VectorsSurviveAReopenAndAreNotRecomputed()
    {
        using (var first = new SearchHarness(new HashingEmbedder(), _data.Path))
        {
            await first.AddPublicAsync(SamplePool.All);
        }

        var embedder = new HashingEmbedder();
        using var reopened = new SearchHarness(embedder, _data.Path);
        await reopened.AddPublicAsync(SamplePool.All);

        Assert.Equal(0, embedder.Embedded);
        Assert.Equal(5, reopened.Vectors.For(TalentPoolScope.Public).Count);
    }

    [Fact]
    public async Task AChangedProfileGetsANewVector()
    {
        var embedder = new HashingEmbedder();
        using var harness = new SearchHarness(embedder, _data.Path);
        await harness.AddPublicAsync(SamplePool.All);

        await harness.AddPublicAsync(SamplePool.Nurse with { Headline = "Charge nurse, emergency department" });

        Assert.Equal(6, embedder.Embedded);
    }

    [Fact]
    public async Task ProfilesIndexedWithoutTheWorkerAreQueuedLater()
    {
        using (var first = new SearchHarness(new HashingEmbedder(), _data.Path))
        {
            await first.AddPublicAsync(SamplePool.All);
        }

        // Indexing without embeddings (as the benchmark does) leaves no vectors behind.
        var paths = new TalentIndexPaths(_data.Path);
        using (var bare = new LuceneTalentIndex(paths, TalentTaxonomy.LoadDefault()))
        {
            await bare.IndexAsync(TalentPoolScope.Public, [SamplePool.Gopher with { Headline = "Staff engineer" }]);
        }

        var embedder = new HashingEmbedder();
        using var harness = new SearchHarness(embedder, _data.Path);
        await harness.Queue.WhenDrainedAsync();
        var queued = harness.Index.EnqueueMissingVectors(TalentPoolScope.Public);
        await harness.Queue.WhenDrainedAsync();

        Assert.Equal(1, queued);
        Assert.Equal(1, embedder.Embedded);
    }

    [Fact]
    public void ATornRecordAtTheEndOfTheFileIsDropped()
    {
        var path = Path.Combine(_data.Path, "torn.vec");
        using (var cache = new ProfileVectorCache(path, 4))
        {
            cache.Put([("a", 1UL, [1f, 0, 0, 0]), ("b", 2UL, [0, 1f, 0, 0])]);
        }

        using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(file.Length - 3);
        }

        using (var reopened = new ProfileVectorCache(path, 4))
        {
            reopened.Put([("c", 3UL, [0, 0, 1f, 0])]);
        }

        using var again = new ProfileVectorCache(path, 4);

        Assert.True(again.Has("a", 1UL));
        Assert.False(again.Has("b", 2UL));
        Assert.True(again.Has("c", 3UL));
    }

    public void Dispose() => _data.Dispose();
}
