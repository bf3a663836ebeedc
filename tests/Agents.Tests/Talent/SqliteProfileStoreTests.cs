using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Hosting;
using Hiring.Talent.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Talent;

/// <summary>The profile store contract on the embedded SQLite file, and what only a file has: its schema and its upgrades.</summary>
public sealed class SqliteProfileStoreTests : ProfileStoreContractTests, IDisposable
{
    private readonly TalentStoreHarness _data = new();

    protected override IProfileStore Store => _data.Get<IProfileStore>();

    protected override IProtectedAttributeStore Attributes => _data.Get<IProtectedAttributeStore>();

    public void Dispose() => _data.Dispose();

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
