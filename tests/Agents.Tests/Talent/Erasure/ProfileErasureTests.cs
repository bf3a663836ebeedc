using Hiring.Agents.Tests.Support;
using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Store;

namespace Hiring.Agents.Tests.Talent.Erasure;

public sealed class ProfileErasureTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 14, 0, 0, TimeSpan.Zero);
    private readonly TalentStoreHarness _data = new();

    private IProfileStore Store => _data.Get<IProfileStore>();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task AnErasedProfileLeavesOnlyATombstoneWithoutPersonalDataInTheDatabase()
    {
        var scope = TalentPoolScope.Private("acme");
        await Store.UpsertAsync(scope, [SampleProfiles.Person("em-1", "Ana Lima") with { Email = "ana.lima@example.com" }, SampleProfiles.Person("em-2", "Bo Keep")]);
        await _data.Get<SqliteProtectedAttributeStore>().UpsertAsync(scope, [new("em-1", new ProtectedAttributes("female", "30-39", "lusophone"))]);

        var tombstone = await Store.EraseAsync(scope, "em-1", "acme/ops", Now);

        Assert.Equal(new CandidateTombstone(scope, "em-1", Now, "acme/ops"), tombstone);
        Assert.Null(await Store.GetAsync(scope, "em-1"));
        Assert.NotNull(await Store.GetAsync(scope, "em-2"));
        Assert.Null(await _data.Get<SqliteProtectedAttributeStore>().GetAsync(scope, "em-1"));
        var rows = await TalentRowsAsync();
        Assert.DoesNotContain(rows, r => r.Contains("Ana Lima", StringComparison.Ordinal) || r.Contains("ana.lima@example.com", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Bo Keep", StringComparison.Ordinal));
        Assert.Contains("talent_tombstones|tenant:acme|em-1|" + Now.UtcTicks + "|acme/ops", rows);
    }

    [Fact]
    public async Task AnErasedPersonIsNeverStoredAgainInThatPool()
    {
        await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("em-1", "Ana Lima")]);
        await Store.EraseAsync(TalentPoolScope.Public, "em-1", "acme/ops", Now);

        var counts = await Store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("em-1", "Ana Lima"), SampleProfiles.Person("em-3")]);

        Assert.Equal((1, 0), (counts.Inserted, counts.Updated));
        Assert.Equal(["em-1"], counts.Erased);
        Assert.Null(await Store.GetAsync(TalentPoolScope.Public, "em-1"));
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

    private Task<IReadOnlyList<string>> TalentRowsAsync() =>
        StoredRows.ReadAsync(_data.Get<SqliteDatabase>(), "talent_profiles", "talent_protected_attributes", "talent_tombstones");
}
