using Hiring.Agents.Persistence;
using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Store;

namespace Hiring.Agents.Tests.Talent;

public sealed class SqliteProfileStoreTests : IDisposable
{
    private readonly TalentStoreHarness _data = new();

    private IProfileStore Store => _data.Get<IProfileStore>();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task UpsertCountsNewProfilesAsInsertedAndKnownOnesAsUpdated()
    {
        var first = await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("a"), SampleProfiles.Person("b")]);
        var second = await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("b", headline: "Staff Engineer"), SampleProfiles.Person("c")]);

        Assert.Equal(new UpsertCounts(2, 0), first);
        Assert.Equal(new UpsertCounts(1, 1), second);
        Assert.Equal(3, await Store.CountAsync(TalentPoolScope.Public));
        Assert.Equal("Staff Engineer", (await Store.GetAsync(TalentPoolScope.Public, "b"))!.Headline);
    }

    [Fact]
    public async Task AStoredProfileReadsBackEqualInEveryField()
    {
        var profile = SampleProfiles.Person("round-trip");
        await Store.UpsertAsync(TalentPoolScope.Public, [profile]);

        var read = await Store.GetAsync(TalentPoolScope.Public, "round-trip");

        Assert.NotNull(read);
        Assert.Equal(profile with { Experiences = [], Education = [], Skills = [] }, read with { Experiences = [], Education = [], Skills = [] });
        Assert.Equal(profile.Experiences, read.Experiences);
        Assert.Equal(profile.Education, read.Education);
        Assert.Equal(profile.Skills, read.Skills);
    }

    [Fact]
    public async Task TenantPoolsAreSeparateFromEachOtherAndFromThePublicPool()
    {
        await Store.UpsertAsync(TalentPoolScope.Private("acme"), [SampleProfiles.Person("same-id", "Acme's candidate")]);
        await Store.UpsertAsync(TalentPoolScope.Private("globex"), [SampleProfiles.Person("same-id", "Globex's candidate")]);

        Assert.Equal("Acme's candidate", (await Store.GetAsync(TalentPoolScope.Private("acme"), "same-id"))!.Name);
        Assert.Equal("Globex's candidate", (await Store.GetAsync(TalentPoolScope.Private("globex"), "same-id"))!.Name);
        Assert.Null(await Store.GetAsync(TalentPoolScope.Public, "same-id"));
        Assert.Equal(0, await Store.CountAsync(TalentPoolScope.Public));
        Assert.Single(await Store.ReadAllAsync(TalentPoolScope.Private("acme")).ToListAsync());
    }

    [Fact]
    public async Task ReadAllStreamsEveryProfileInIdOrderAcrossPages()
    {
        var ids = Enumerable.Range(0, 1234).Select(i => $"p{i:D5}").Reverse().ToList();
        await Store.UpsertAsync(TalentPoolScope.Public, [.. ids.Select(id => SampleProfiles.Person(id))]);

        var read = await Store.ReadAllAsync(TalentPoolScope.Public).Select(p => p.Id).ToListAsync();

        Assert.Equal(ids.Order(StringComparer.Ordinal), read);
    }

    [Fact]
    public async Task ReadAllSinceReturnsOnlyProfilesUpdatedAfterThatMoment()
    {
        var monday = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        await Store.UpsertAsync(TalentPoolScope.Public, [
            SampleProfiles.Person("old", updatedAt: monday.AddDays(-3)),
            SampleProfiles.Person("new", updatedAt: monday.AddHours(5)),
        ]);

        var changed = await Store.ReadAllAsync(TalentPoolScope.Public, since: monday).Select(p => p.Id).ToListAsync();

        Assert.Equal(["new"], changed);
    }

    [Fact]
    public async Task ProfilesSurviveANewStoreOnTheSameDataFolder()
    {
        await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("durable")]);

        var reopened = new SqliteProfileStore(new ProfileStoreInitializer(new SqliteDatabase(_data.Path)));

        Assert.NotNull(await reopened.GetAsync(TalentPoolScope.Public, "durable"));
    }

    [Fact]
    public async Task TheProfileTableRecordsTheJsonSchemaVersion()
    {
        await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("versioned")]);

        await using var connection = await _data.Get<SqliteDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT schema_version FROM talent_profiles WHERE id = 'versioned'";

        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}
