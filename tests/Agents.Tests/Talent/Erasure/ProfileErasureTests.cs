using Hiring.Agents.Tests.Support;
using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Store;

namespace Hiring.Agents.Tests.Talent.Erasure;

/// <summary>What an erasure leaves in the embedded file itself (the rest of erasure is in <see cref="ProfileStoreContractTests"/>).</summary>
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
        await _data.Get<IProtectedAttributeStore>().UpsertAsync(scope, [new("em-1", new ProtectedAttributes("female", "30-39", "lusophone"))]);

        var tombstone = await Store.EraseAsync(scope, "em-1", "acme/ops", Now);

        Assert.Equal(new CandidateTombstone(scope, "em-1", Now, "acme/ops"), tombstone);
        Assert.Null(await Store.GetAsync(scope, "em-1"));
        Assert.NotNull(await Store.GetAsync(scope, "em-2"));
        Assert.Null(await _data.Get<IProtectedAttributeStore>().GetAsync(scope, "em-1"));
        var rows = await TalentRowsAsync();
        Assert.DoesNotContain(rows, r => r.Contains("Ana Lima", StringComparison.Ordinal) || r.Contains("ana.lima@example.com", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Bo Keep", StringComparison.Ordinal));
        Assert.Contains("talent_tombstones|tenant:acme|em-1|" + Now.UtcTicks + "|acme/ops", rows);
    }

    private Task<IReadOnlyList<string>> TalentRowsAsync() =>
        StoredRows.ReadAsync(_data.Get<SqliteDatabase>(), "talent_profiles", "talent_protected_attributes", "talent_tombstones");
}
