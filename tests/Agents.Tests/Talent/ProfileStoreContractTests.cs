using Hiring.Talent;
using Hiring.Talent.Store;

namespace Hiring.Agents.Tests.Talent;

/// <summary>
/// The <see cref="IProfileStore"/> and <see cref="IProtectedAttributeStore"/> contract, run against every store (the
/// embedded SQLite one and cluster mode's PostgreSQL one): a subclass per store gives each test its own empty storage.
/// </summary>
public abstract class ProfileStoreContractTests
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 4, 14, 0, 0, TimeSpan.Zero);

    protected abstract IProfileStore Store { get; }

    protected abstract IProtectedAttributeStore Attributes { get; }

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
    public async Task AnIdGivenTwiceInOneBatchIsInsertedOnceThenUpdatedAndKeepsTheLastProfile()
    {
        var counts = await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("twin", headline: "First"), SampleProfiles.Person("twin", headline: "Last")]);

        Assert.Equal(new UpsertCounts(1, 1), counts);
        Assert.Equal("Last", (await Store.GetAsync(TalentPoolScope.Public, "twin"))!.Headline);
        Assert.Equal(2, await Store.LastChangeAsync(TalentPoolScope.Public));
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
        Assert.Equal([TalentPoolScope.Private("acme"), TalentPoolScope.Private("globex")], await Store.PoolsAsync());
        Assert.Equal(0, await Store.LastChangeAsync(TalentPoolScope.Public));
        Assert.Empty(await Store.ChangesAsync(TalentPoolScope.Public, 0, 10));
    }

    [Fact]
    public async Task ALookupOfManyTakesEachIdFromTheFirstPoolAskedThatHoldsIt()
    {
        await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("both", "Public copy"), SampleProfiles.Person("public-only")]);
        await Store.UpsertAsync(TalentPoolScope.Private("acme"), [SampleProfiles.Person("both", "Acme's copy")]);
        await Store.UpsertAsync(TalentPoolScope.Private("globex"), [SampleProfiles.Person("globex-only")]);

        var found = await Store.GetManyAsync([TalentPoolScope.Private("acme"), TalentPoolScope.Public], ["both", "public-only", "globex-only", "nobody"]);

        Assert.Equal(["both", "public-only"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Acme's copy", found["both"].Name);
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
    public async Task AReaderFromTheLastChangeSeesExactlyTheProfilesWrittenAfterIt()
    {
        await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("old-1"), SampleProfiles.Person("old-2")]);
        var mark = await Store.LastChangeAsync(TalentPoolScope.Public);

        await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("new-1"), SampleProfiles.Person("old-1", headline: "Changed")]);
        await Store.UpsertAsync(TalentPoolScope.Private("acme"), [SampleProfiles.Person("acme-only")]);

        var changes = await Store.ChangesAsync(TalentPoolScope.Public, mark, 100);

        Assert.Equal(["new-1", "old-1"], changes.Select(c => c.Profile.Id));
        Assert.Equal("Changed", changes[1].Profile.Headline);
        Assert.True(changes[0].Change > mark && changes[1].Change > changes[0].Change);
        Assert.Equal(changes[^1].Change, await Store.LastChangeAsync(TalentPoolScope.Public));
    }

    [Fact]
    public async Task PagesOfTheFeedFollowOneAnotherWithNothingMissedOrRepeated()
    {
        var ids = Enumerable.Range(0, 250).Select(i => $"z{249 - i:D3}").ToList();
        foreach (var chunk in ids.Chunk(40))
        {
            await Store.UpsertAsync(TalentPoolScope.Public, [.. chunk.Select(id => SampleProfiles.Person(id))]);
        }

        var read = new List<string>();
        var after = 0L;
        while (await Store.ChangesAsync(TalentPoolScope.Public, after, 33) is { Count: > 0 } page)
        {
            read.AddRange(page.Select(c => c.Profile.Id));
            after = page[^1].Change;
        }

        Assert.Equal(ids, read);
    }

    [Fact]
    public async Task AProfileChangedTwiceAppearsOnceAtItsLatestChangeAndAnErasedOneNotAtAll()
    {
        await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("twice"), SampleProfiles.Person("gone")]);
        await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("twice", headline: "Second")]);
        await Store.EraseAsync(TalentPoolScope.Public, "gone", "operator", DateTimeOffset.UnixEpoch);

        var changes = await Store.ChangesAsync(TalentPoolScope.Public, 0, 100);

        var only = Assert.Single(changes);
        Assert.Equal(("twice", "Second", 3L), (only.Profile.Id, only.Profile.Headline, only.Change));
    }

    [Fact]
    public async Task AnErasedPersonLosesProfileAndAttributesAndIsNeverStoredAgainInThatPool()
    {
        var scope = TalentPoolScope.Private("acme");
        await Store.UpsertAsync(scope, [SampleProfiles.Person("em-1", "Ana Lima"), SampleProfiles.Person("em-2", "Bo Keep")]);
        await Attributes.UpsertAsync(scope, [new("em-1", new ProtectedAttributes("female", "30-39", "lusophone"))]);

        var tombstone = await Store.EraseAsync(scope, "em-1", "acme/ops", Now);
        var counts = await Store.UpsertAsync(scope, [SampleProfiles.Person("em-1", "Ana Lima"), SampleProfiles.Person("em-3")]);

        Assert.Equal(new CandidateTombstone(scope, "em-1", Now, "acme/ops"), tombstone);
        Assert.Equal((1, 0), (counts.Inserted, counts.Updated));
        Assert.Equal(["em-1"], counts.Erased);
        Assert.Null(await Store.GetAsync(scope, "em-1"));
        Assert.Null(await Attributes.GetAsync(scope, "em-1"));
        Assert.NotNull(await Store.GetAsync(scope, "em-2"));
    }

    [Fact]
    public async Task ErasingTwiceKeepsTheFirstTombstone()
    {
        await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("em-1")]);
        var first = await Store.EraseAsync(TalentPoolScope.Public, "em-1", "acme/ops", Now);

        var again = await Store.EraseAsync(TalentPoolScope.Public, "em-1", "globex/ops", Now.AddHours(1));

        Assert.Equal(first, again);
        Assert.Equal([first!], await Store.TombstonesAsync([TalentPoolScope.Private("acme"), TalentPoolScope.Public], ["em-1", "other"]));
    }

    [Fact]
    public async Task AnIdThePoolNeverHeldIsNotErasedAndLeavesNoTombstone()
    {
        await Store.UpsertAsync(TalentPoolScope.Private("globex"), [SampleProfiles.Person("em-1", "Globex's own")]);

        Assert.Null(await Store.EraseAsync(TalentPoolScope.Private("acme"), "em-1", "acme/ops", Now));

        Assert.Empty(await Store.TombstonesAsync([TalentPoolScope.Private("acme"), TalentPoolScope.Private("globex")], ["em-1"]));
        Assert.NotNull(await Store.GetAsync(TalentPoolScope.Private("globex"), "em-1"));
    }

    [Fact]
    public async Task ProtectedAttributesAreKeptPerPoolInIdOrderAndTheLastGivenWins()
    {
        await Attributes.UpsertAsync(TalentPoolScope.Public, [
            new("b", new ProtectedAttributes("male", "40-49", "nordic")),
            new("a", new ProtectedAttributes("female", "25-34", "lusophone")),
            new("b", new ProtectedAttributes("non-binary", "40-49", "nordic")),
        ]);
        await Attributes.UpsertAsync(TalentPoolScope.Private("acme"), [new("a", new ProtectedAttributes("male", "18-24", "slavic"))]);

        var all = await Attributes.ReadAllAsync(TalentPoolScope.Public).ToListAsync();

        Assert.Equal(["a", "b"], all.Select(a => a.Key));
        Assert.Equal("non-binary", all[1].Value.Gender);
        Assert.Equal(new ProtectedAttributes("male", "18-24", "slavic"), await Attributes.GetAsync(TalentPoolScope.Private("acme"), "a"));
        Assert.Null(await Attributes.GetAsync(TalentPoolScope.Private("globex"), "a"));
    }
}
