using System.Security.Cryptography;
using Hiring.Agents.Cluster;
using Hiring.Agents.Persistence;
using Hiring.Gateway.Tests.Support;
using Hiring.Contracts.Talent;
using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Hiring.Gateway.Tests.Cli;

/// <summary>
/// <c>hiring db move-to-postgres</c>: a folder written by the embedded stores reads the same through the cluster's
/// stores, its logs go on gaplessly, its reminders land where Orleans' ADO.NET provider finds them, its talent pools are
/// shared with their tombstones and change numbers; a second move and a folder without a database are refused and change nothing.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class DbMoveCommandTests : IAsyncLifetime, IDisposable
{
    private static readonly GrainId Grain = GrainId.Create("note", "acme/ana");

    private readonly TempDataDirectory _folder = new();
    private readonly Serializer _serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
    private PostgresServer _postgres = null!;

    public async Task InitializeAsync() => _postgres = await PostgresServer.StartAsync("moved");

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AMovedFolderReadsTheSameThroughTheClusterStoresAndASecondMoveIsRefused()
    {
        var (etag, reminder) = await ArrangeEmbeddedFolderAsync();
        var sourceHash = SHA256.HashData(await File.ReadAllBytesAsync(_folder.File(StorageNames.DatabaseFileName)));

        var (exit, output) = await MoveAsync();

        Assert.True(exit == 0, output);
        Assert.Contains("grain state: 1 rows", output, StringComparison.Ordinal);
        Assert.Contains("log entries: 4 in 2 streams (1 redacted", output, StringComparison.Ordinal);
        Assert.Contains("reminders: 1 (service id hiring)", output, StringComparison.Ordinal);
        Assert.Contains("talent pools: 2 profiles, 1 protected attributes, 1 tombstones", output, StringComparison.Ordinal);
        Assert.Equal(sourceHash, SHA256.HashData(await File.ReadAllBytesAsync(_folder.File(StorageNames.DatabaseFileName))));

        await using var logs = new PostgresLogStore(_postgres.ConnectionString);
        var state = new GrainState<NoteState>();
        await new PostgresGrainStorage(logs, _serializer, [], NullLogger<PostgresGrainStorage>.Instance).ReadStateAsync("note", Grain, state);
        Assert.Equal("remember Ada", state.State!.Text);
        Assert.Equal(etag, state.ETag);

        var events = await logs.ReadAfterAsync("events/acme/ana", 0, 10);
        Assert.Equal([1L, 3L], events.Select(e => e.Sequence));
        Assert.Equal(["kept", "also kept"], events.Select(e => e.Payload));
        Assert.Equal(3, await logs.LastSequenceAsync("events/acme/ana"));
        Assert.Equal(4, await logs.AppendAsync("events/acme/ana", "note", "after the move"));
        Assert.Equal(1, await logs.LastSequenceAsync("notes/acme"));

        await using (var talent = NpgsqlDataSource.Create(_postgres.ConnectionString))
        {
            var profiles = new PostgresProfileStore(talent);
            Assert.Equal("Ada Example", (await profiles.GetAsync(TalentPoolScope.Public, "kept"))!.Name);
            Assert.Equal("Acme's own", (await profiles.GetAsync(TalentPoolScope.Private("acme"), "kept"))!.Name);
            Assert.Equal(new ProtectedAttributes("female", "30-39", "lusophone"), await new PostgresProtectedAttributeStore(talent).GetAsync(TalentPoolScope.Public, "kept"));
            Assert.Equal("acme/ops", Assert.Single(await profiles.TombstonesAsync([TalentPoolScope.Public], ["erased"])).ErasedBy);
            Assert.Equal(["erased"], (await profiles.UpsertAsync(TalentPoolScope.Public, [Person("erased", "Ana Lima")])).Erased);

            // The erasure took the public pool's next change, so a node's index that follows the moved pools learns it.
            var feed = await new PostgresProfileFeed(talent).ReadAsync(TalentPoolScope.Public, 0, 10);
            Assert.Equal([("kept", true), ("erased", false)], feed.Select(c => (c.Id, c.Profile is not null)));
            Assert.Equal(3, await profiles.LastChangeAsync(TalentPoolScope.Public));
        }

        var row = await ReminderRowAsync();
        Assert.Equal(("hiring", Grain.ToString(), unchecked((int)Grain.GetUniformHashCode()), 90_000L), (row.ServiceId, row.GrainId, row.GrainHash, row.Period));
        Assert.Equal(reminder.StartAt, row.StartTime);

        var (again, refusal) = await MoveAsync();
        Assert.Equal(1, again);
        Assert.Contains("already holds Hiring grain state", refusal, StringComparison.Ordinal);
        Assert.Equal(4, await logs.LastSequenceAsync("events/acme/ana"));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM OrleansRemindersTable"));
    }

    [Fact]
    public async Task AFolderWithoutADatabaseIsRefusedWithItsReason()
    {
        var missing = _folder.File("nothing-here");

        var (exit, output) = await ConsoleCapture.RunAsync(["db", "move-to-postgres", "--from", missing, "--connection", _postgres.ConnectionString]);

        Assert.Equal(1, exit);
        Assert.Contains($"{missing} holds no database (hiring.db)", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    /// <summary>Writes the folder through the embedded stores themselves: a note's state, two streams with a redacted entry, a reminder.</summary>
    private async Task<(string? ETag, ReminderEntry Reminder)> ArrangeEmbeddedFolderAsync()
    {
        using var database = new SqliteDatabase(_folder.Path);
        var state = new GrainState<NoteState>(new NoteState { Text = "remember Ada" });
        await new SqliteGrainStorage(database, _serializer, [], NullLogger<SqliteGrainStorage>.Instance).WriteStateAsync("note", Grain, state);

        var logs = new SqliteLogStore(database);
        await logs.AppendAsync("events/acme/ana", [("note", "kept"), ("note", "erased"), ("note", "also kept")]);
        Assert.Equal(1, await logs.RedactAsync("events/acme/ana", [2]));
        await logs.AppendAsync("notes/acme", "note", "{}");

        var reminder = new ReminderEntry { GrainId = Grain, ReminderName = "tick", StartAt = new DateTime(2026, 12, 5, 9, 30, 0, DateTimeKind.Utc), Period = TimeSpan.FromSeconds(90) };
        await new SqliteReminderTable(database, Options.Create(new ClusterOptions { ServiceId = "hiring" })).UpsertRow(reminder);

        var initializer = new ProfileStoreInitializer(database);
        var profiles = new SqliteProfileStore(initializer);
        await profiles.UpsertAsync(TalentPoolScope.Public, [Person("kept", "Ada Example"), Person("erased", "Ana Lima")]);
        await profiles.UpsertAsync(TalentPoolScope.Private("acme"), [Person("kept", "Acme's own")]);
        await new SqliteProtectedAttributeStore(initializer).UpsertAsync(TalentPoolScope.Public, [new("kept", new ProtectedAttributes("female", "30-39", "lusophone"))]);
        await profiles.EraseAsync(TalentPoolScope.Public, "erased", "acme/ops", DateTimeOffset.UtcNow);
        SqliteConnection.ClearAllPools();
        return (state.ETag, reminder);
    }

    private static CandidateProfile Person(string id, string name) =>
        new(id, name, "Engineer", new Location("Lisbon", "Lisboa", "PT"), [], [], ["Rust"], true, DateTimeOffset.UnixEpoch, ProfileSource.Public(ProfileOrigin.Import), DateTimeOffset.UnixEpoch);

    private Task<(int ExitCode, string Output)> MoveAsync() =>
        ConsoleCapture.RunAsync(["db", "move-to-postgres", "--from", _folder.Path, "--connection", _postgres.ConnectionString, "--service-id", "hiring"]);

    private async Task<(string ServiceId, string GrainId, int GrainHash, long Period, DateTime StartTime)> ReminderRowAsync()
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT ServiceId, GrainId, GrainHash, Period, StartTime FROM OrleansRemindersTable", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetDateTime(4));
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
