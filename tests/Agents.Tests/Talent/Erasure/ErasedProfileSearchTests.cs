using Hiring.Agents.Tests.Talent.Search;
using Hiring.Talent;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Talent.Erasure;

public sealed class ErasedProfileSearchTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task ARemovedProfileIsNotFoundAndItsVectorIsGoneFromMemoryAndDisk()
    {
        using (var search = new SearchHarness(dataDirectory: _data.Path))
        {
            await search.AddPublicAsync(SamplePool.All);
            Assert.Contains(SamplePool.Gopher.Id, search.Ids("Go"));
            Assert.NotNull(search.Vectors.For(TalentPoolScope.Public).Get(SamplePool.Gopher.Id));

            await search.Index.RemoveAsync(TalentPoolScope.Public, SamplePool.Gopher.Id);

            Assert.DoesNotContain(SamplePool.Gopher.Id, search.Ids("Go"));
            Assert.DoesNotContain(SamplePool.Gopher.Id, search.Ids("backend engineer with go", mode: SearchMode.NaturalLanguage));
            Assert.Null(search.Vectors.For(TalentPoolScope.Public).Get(SamplePool.Gopher.Id));
            Assert.DoesNotContain(search.Index.MissingVectors(TalentPoolScope.Public), job => job.ProfileId == SamplePool.Gopher.Id);
        }

        using var reopened = new ProfileVectorCache(new TalentIndexPaths(_data.Path).VectorsOf(TalentPoolScope.Public), new HashingEmbedder().Dimensions);
        Assert.Null(reopened.Get(SamplePool.Gopher.Id));
        Assert.Equal(SamplePool.All.Length - 1, reopened.Count);
        var file = await File.ReadAllBytesAsync(new TalentIndexPaths(_data.Path).VectorsOf(TalentPoolScope.Public));
        Assert.True(file.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(SamplePool.Gopher.Id)) < 0, "the removed id's record is still in the vector file");
    }

    [Fact]
    public void AVectorComputedForARemovedProfileIsNotKeptUntilItIsIndexedAgain()
    {
        using var cache = new ProfileVectorCache(Path.Combine(_data.Path, "v.vec"), 2);
        cache.Put([("a", 1, [1f, 0f])]);

        cache.Remove("a");
        cache.Put([("a", 1, [1f, 0f])]);
        Assert.Null(cache.Get("a"));

        cache.Readmit(["a"]);
        cache.Put([("a", 2, [0f, 1f])]);
        Assert.NotNull(cache.Get("a"));
    }
}
