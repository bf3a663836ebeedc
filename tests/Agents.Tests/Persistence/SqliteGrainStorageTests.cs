using Hiring.Agents.Persistence;
using Hiring.Agents.Tests.Support;
using Hiring.Agents.Tests.TestGrains;
using Hiring.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;

namespace Hiring.Agents.Tests.Persistence;

public sealed class SqliteGrainStorageTests : IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly SqliteDatabase _database;
    private readonly SqliteGrainStorage _storage;
    private readonly GrainId _grain = GrainId.Create("counter", "unit");

    public SqliteGrainStorageTests()
    {
        _database = new SqliteDatabase(_data.Path);
        _storage = new SqliteGrainStorage(_database, SerializerFactory.Create(), [], NullLogger<SqliteGrainStorage>.Instance);
    }

    [Fact]
    public async Task AStaleWriteThrowsAndChangesNothing()
    {
        var first = new GrainState<CounterState>();
        var second = new GrainState<CounterState>();
        await _storage.ReadStateAsync("counter", _grain, first);
        await _storage.WriteStateAsync("counter", _grain, first.With(1));
        await _storage.ReadStateAsync("counter", _grain, second);

        await _storage.WriteStateAsync("counter", _grain, first.With(2));
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("counter", _grain, second.With(3)));

        var reread = new GrainState<CounterState>();
        await _storage.ReadStateAsync("counter", _grain, reread);
        Assert.Equal(2, reread.State!.Value);
        Assert.Equal(first.ETag, reread.ETag);
    }

    [Fact]
    public async Task LogEntriesOfferedWithAStateWriteCommitWithItAndGetTheirSequences()
    {
        var logs = new SqliteLogStore(_database);
        await logs.AppendAsync("events/unit", "Earlier", "{}");
        var state = new GrainState<CounterState>();

        var appends = AppendsWithState.Start(
            [new LogAppend("events/unit", "Counted", "{\"n\":1}"), new LogAppend("conversation/unit", "Assistant", "{}")],
            () => _storage.WriteStateAsync("counter", _grain, state.With(1)));
        await appends.Written;

        Assert.Equal([2L, 1L], appends.Sequences);
        Assert.Equal(["Earlier", "Counted"], (await logs.ReadAfterAsync("events/unit", 0, 10)).Select(e => e.Type));
        Assert.Single(await logs.ReadAfterAsync("conversation/unit", 0, 10));
    }

    [Fact]
    public async Task LogEntriesOfferedWithAStaleStateWriteAreNotWritten()
    {
        var logs = new SqliteLogStore(_database);
        var first = new GrainState<CounterState>();
        var stale = new GrainState<CounterState>();
        await _storage.WriteStateAsync("counter", _grain, first.With(1));
        await _storage.ReadStateAsync("counter", _grain, stale);
        await _storage.WriteStateAsync("counter", _grain, first.With(2));

        var appends = AppendsWithState.Start([new LogAppend("events/unit", "Counted", "{}")], () => _storage.WriteStateAsync("counter", _grain, stale.With(3)));

        await Assert.ThrowsAsync<InconsistentStateException>(() => appends.Written);
        Assert.True(appends.Claimed);

        Assert.Empty(await logs.ReadAfterAsync("events/unit", 0, 10));
    }

    [Fact]
    public async Task OnlyTheFirstStateWriteOfTheFlowTakesTheEntries()
    {
        var logs = new SqliteLogStore(_database);
        var state = new GrainState<CounterState>();

        await AppendsWithState.Start([new LogAppend("events/unit", "Counted", "{}")], async () =>
        {
            await _storage.WriteStateAsync("counter", _grain, state.With(1));
            await _storage.WriteStateAsync("counter", _grain, state.With(2));
        }).Written;
        await _storage.WriteStateAsync("counter", _grain, state.With(3));

        Assert.Single(await logs.ReadAfterAsync("events/unit", 0, 10));
    }

    [Fact]
    public async Task TwoFirstWritersCannotBothCreateTheRow()
    {
        var a = new GrainState<CounterState>();
        var b = new GrainState<CounterState>();
        await _storage.ReadStateAsync("counter", _grain, a);
        await _storage.ReadStateAsync("counter", _grain, b);

        await _storage.WriteStateAsync("counter", _grain, a.With(10));
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("counter", _grain, b.With(20)));
    }

    [Fact]
    public async Task EveryRowCarriesTheStateTypeAndVersionTag()
    {
        await _storage.WriteStateAsync("counter", _grain, new GrainState<CounterState>().With(5));

        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type_name, type_version FROM grain_state";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("hiring.tests.counter-state", reader.GetString(0));
        Assert.Equal(1, reader.GetInt32(1));
    }

    [Fact]
    public async Task ALaterAdditiveVersionOfAStateTypeReadsOldRows()
    {
        await WriteRowTaggedAsAsync("hiring.tests.counter-state-v2", version: 1, value: 5);

        var upgraded = new GrainState<CounterStateV2>();
        await _storage.ReadStateAsync("counter", _grain, upgraded);

        Assert.True(upgraded.RecordExists);
        Assert.Equal(5, upgraded.State!.Value);
        Assert.Null(upgraded.State!.Note);
    }

    [Fact]
    public async Task ARegisteredUpgraderConvertsRowsOfAnOlderVersion()
    {
        var storage = new SqliteGrainStorage(_database, SerializerFactory.Create(), [new CounterToV3Upgrader()], NullLogger<SqliteGrainStorage>.Instance);
        await WriteRowTaggedAsAsync("hiring.tests.counter-state-v3", version: 1, value: 5);

        var upgraded = new GrainState<CounterStateV3>();
        await storage.ReadStateAsync("counter", _grain, upgraded);

        Assert.Equal("5", upgraded.State!.Total);
    }

    [Fact]
    public async Task ARowOfAnotherTypeWithoutAnUpgraderIsRefusedByName()
    {
        await WriteRowTaggedAsAsync("hiring.tests.counter-state", version: 1, value: 5);

        var error = await Assert.ThrowsAsync<GrainStateCorruptException>(() => _storage.ReadStateAsync("counter", _grain, new GrainState<CounterStateV3>()));
        Assert.Contains("no IStateUpgrader", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARowWrittenByANewerVersionIsRefused()
    {
        await WriteRowTaggedAsAsync("hiring.tests.counter-state", version: 9, value: 5);

        var error = await Assert.ThrowsAsync<GrainStateCorruptException>(() => _storage.ReadStateAsync("counter", _grain, new GrainState<CounterState>()));
        Assert.Contains("newer version", error.Message, StringComparison.Ordinal);
    }

    private async Task WriteRowTaggedAsAsync(string typeName, int version, int value)
    {
        await _storage.WriteStateAsync("counter", _grain, new GrainState<CounterState>().With(value));
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE grain_state SET type_name = $t, type_version = $v";
        command.Parameters.AddWithValue("$t", typeName);
        command.Parameters.AddWithValue("$v", version);
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task AnUnreadableRowNamesTheGrainAndTheRow()
    {
        await _storage.WriteStateAsync("counter", _grain, new GrainState<CounterState>().With(5));
        using (var connection = _database.Open())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE grain_state SET payload = x'0102030405'";
            command.ExecuteNonQuery();
        }

        var error = await Assert.ThrowsAsync<GrainStateCorruptException>(() => _storage.ReadStateAsync("counter", _grain, new GrainState<CounterState>()));
        Assert.Contains(_grain.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("state_name='counter'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClearingRemovesTheRowAndTheNextWriteStartsFresh()
    {
        var state = new GrainState<CounterState>().With(5);
        await _storage.WriteStateAsync("counter", _grain, state);
        await _storage.ClearStateAsync("counter", _grain, state);

        var reread = new GrainState<CounterState>();
        await _storage.ReadStateAsync("counter", _grain, reread);
        Assert.False(reread.RecordExists);
        Assert.Equal(0, reread.State!.Value);
        await _storage.WriteStateAsync("counter", _grain, reread.With(6));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
