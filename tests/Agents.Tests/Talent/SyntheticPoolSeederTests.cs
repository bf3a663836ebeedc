using Hiring.Agents.Persistence;
using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Store;
using Hiring.Talent.Synthetic;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Talent;

public sealed class SyntheticPoolSeederTests : IDisposable
{
    private static readonly SyntheticPoolOptions Options = new(2500, 11, new DateOnly(2026, 11, 1));
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 6, 30, 0, TimeSpan.Zero);
    private readonly RecordingTalentIndex _index = new();
    private readonly TalentStoreHarness _data;

    public SyntheticPoolSeederTests() =>
        _data = new TalentStoreHarness(services => services.AddSingleton<ITalentIndex>(_index).AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task SeedingStoresIndexesAndReportsProgressUpToTheWholePool()
    {
        var progress = new List<SeedProgress>();

        var result = await _data.Get<SyntheticPoolSeeder>().SeedAsync(Options, new SynchronousProgress(progress.Add));

        Assert.Equal(2500, result.Inserted);
        Assert.Equal(2500, await _data.Get<IProfileStore>().CountAsync(TalentPoolScope.Public));
        Assert.Equal(2500, _index.Indexed[TalentPoolScope.Public].Count);
        Assert.Equal(new SeedProgress(2500, 2500), progress[^1]);
        Assert.True(progress.Count >= 3);
    }

    [Fact]
    public async Task SeedingTheSameSeedAgainUpdatesInsteadOfDuplicating()
    {
        await _data.Get<SyntheticPoolSeeder>().SeedAsync(Options);

        var again = await _data.Get<SyntheticPoolSeeder>().SeedAsync(Options);

        Assert.Equal((0, 2500), (again.Inserted, again.Updated));
        Assert.Equal(2500, await _data.Get<IProfileStore>().CountAsync(TalentPoolScope.Public));
    }

    [Fact]
    public async Task SeededProfilesCarryTheTimeTheyWereStoredSoIncrementalReadersSeeThem()
    {
        await _data.Get<SyntheticPoolSeeder>().SeedAsync(Options);

        var changed = await _data.Get<IProfileStore>().ReadAllAsync(TalentPoolScope.Public, since: Now.AddDays(-1)).CountAsync();

        Assert.Equal(2500, changed);
        Assert.Equal(Now, (await _data.Get<IProfileStore>().GetAsync(TalentPoolScope.Public, "syn-11-0000000"))!.UpdatedAt);
    }

    [Fact]
    public async Task GroundTruthIsWrittenToItsFileOnePersonPerLine()
    {
        var result = await _data.Get<SyntheticPoolSeeder>().SeedAsync(Options);

        Assert.Equal(GroundTruthFile.PathFor(_data.Path, 11), result.GroundTruthPath);
        Assert.Equal(Path.Combine(_data.Path, "synthetic", "ground-truth-seed11.jsonl"), result.GroundTruthPath);
        var truth = await GroundTruthFile.ReadAsync(result.GroundTruthPath).ToListAsync();
        Assert.Equal(2500, truth.Count);
        var stored = await _data.Get<IProfileStore>().GetAsync(TalentPoolScope.Public, truth[42].Id);
        Assert.Equal(stored!.Experiences.Select(e => e.Title), truth[42].Titles);
    }

    [Fact]
    public async Task ProtectedAttributesLiveInTheirOwnTableAndNotInStoredProfiles()
    {
        await _data.Get<SyntheticPoolSeeder>().SeedAsync(Options);
        var id = $"syn-11-{17:D7}";

        var attributes = await _data.Get<IProtectedAttributeStore>().GetAsync(TalentPoolScope.Public, id);

        Assert.NotNull(attributes);
        Assert.Equal(2500, await _data.Get<IProtectedAttributeStore>().ReadAllAsync(TalentPoolScope.Public).CountAsync());
        await using var connection = await _data.Get<SqliteDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM talent_profiles WHERE payload LIKE '%gender%' OR payload LIKE '%ageBand%' OR payload LIKE '%nameGroup%'";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
        Assert.DoesNotContain(_index.Indexed[TalentPoolScope.Public].Values, p => p.ToString().Contains(attributes.NameGroup, StringComparison.Ordinal));
    }

    private sealed class SynchronousProgress(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }
}
