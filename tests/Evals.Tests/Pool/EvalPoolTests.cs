using Hiring.Evals.Pool;
using Hiring.Talent;
using Hiring.Talent.Search;

namespace Hiring.Evals.Tests.Pool;

public sealed class EvalPoolTests : IDisposable
{
    private static readonly EvalPoolOptions Small = new(60, 11, new DateOnly(2026, 11, 1), Embed: false);
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task ThePoolIsSeededOnceWithItsGroundTruthAndProtectedAttributesThenReused()
    {
        string[] firstIds;
        await using (var first = await EvalPool.OpenAsync(_data.Path, Small))
        {
            Assert.True(first.SeededNow);
            Assert.Equal(Path.Combine(_data.Path, EvalPool.Folder), first.Directory);
            Assert.Equal(60, await first.Profiles.CountAsync(TalentPoolScope.Public));
            Assert.Equal(60, first.GroundTruth.Count);
            Assert.Equal(60, first.ProtectedAttributes.Count);
            Assert.All(first.GroundTruth, t => Assert.True(first.ProtectedAttributes.ContainsKey(t.Id)));
            firstIds = [.. first.GroundTruth.Select(t => t.Id)];
            var specialty = first.GroundTruth[0].Specialty;
            var found = first.Search.Search(new TalentSearchRequest($"title:\"{specialty}\"", Top: 60, Mode: SearchMode.Boolean));
            Assert.Contains(found.Hits, h => first.Truth[h.Id].Specialty == specialty);
        }

        await using var second = await EvalPool.OpenAsync(_data.Path, Small);

        Assert.False(second.SeededNow);
        Assert.Equal(firstIds, second.GroundTruth.Select(t => t.Id));
        Assert.Equal(60, await second.Profiles.CountAsync(TalentPoolScope.Public));
    }

    [Fact]
    public async Task APoolSeededWithOtherOptionsIsSeededAgain()
    {
        await using (await EvalPool.OpenAsync(_data.Path, Small))
        {
        }

        await using var bigger = await EvalPool.OpenAsync(_data.Path, Small with { Profiles = 80 });

        Assert.True(bigger.SeededNow);
        Assert.Equal(80, await bigger.Profiles.CountAsync(TalentPoolScope.Public));
    }

    [Fact]
    public void TheDefaultPoolIsSeedElevenWithFourThousandProfilesAsOfNovember2026()
    {
        Assert.Equal(new EvalPoolOptions(4_000, 11, new DateOnly(2026, 11, 1)), EvalPoolOptions.Default);
    }

    public void Dispose() => _data.Dispose();
}
