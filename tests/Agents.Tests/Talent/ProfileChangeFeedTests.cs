using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Talent;

public sealed class ProfileChangeFeedTests : IDisposable
{
    private readonly TalentStoreHarness _data = new();

    private IProfileStore Store => _data.Get<IProfileStore>();

    public void Dispose() => _data.Dispose();

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
    public async Task AFileWrittenBeforeTheFeedGetsItsColumnAndItsOldRowsStayBeforeEveryReader()
    {
        using var folder = new TempDataDirectory();
        using (var database = new SqliteDatabase(folder.Path))
        using (var connection = database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                CREATE TABLE talent_profiles (pool TEXT NOT NULL, id TEXT NOT NULL, schema_version INTEGER NOT NULL, updated_at INTEGER NOT NULL, payload TEXT NOT NULL, UNIQUE (pool, id));
                INSERT INTO talent_profiles VALUES ('public', 'before-upgrade', 1, 0, '{}');
                """;
            command.ExecuteNonQuery();
        }

        await using var services = new ServiceCollection().AddTalentStore(folder.Path).BuildServiceProvider();
        var store = services.GetRequiredService<IProfileStore>();
        await store.UpsertAsync(TalentPoolScope.Public, [SampleProfiles.Person("after-upgrade")]);

        Assert.Equal(["after-upgrade"], (await store.ChangesAsync(TalentPoolScope.Public, 0, 10)).Select(c => c.Profile.Id));
    }
}
