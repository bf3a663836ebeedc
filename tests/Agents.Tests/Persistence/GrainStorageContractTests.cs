using System.Data.Common;
using Hiring.Agents.Persistence;
using Hiring.Agents.Tests.Support;
using Hiring.Agents.Tests.TestGrains;
using Hiring.Storage;
using Orleans.Storage;

namespace Hiring.Agents.Tests.Persistence;

/// <summary>
/// What Hiring's grain storages promise, run against each (the embedded SQLite one and cluster mode's PostgreSQL one):
/// a subclass per storage gives each test its own empty database and opens storages and log stores on it.
/// </summary>
public abstract class GrainStorageContractTests
{
    private IGrainStorage? _storage;
    private ILogStore? _logs;

    protected static GrainId Grain { get; } = GrainId.Create("counter", "unit");

    /// <summary>A new storage on the test's database, with its own log store where the storage has one: another node.</summary>
    protected abstract IGrainStorage Open(params IStateUpgrader[] upgraders);

    /// <summary>A log store on the test's database, to read what the storage wrote and append beside it.</summary>
    protected abstract ILogStore OpenLogs();

    /// <summary>A connection to the test's database, to look at and damage the rows themselves.</summary>
    protected abstract Task<DbConnection> ConnectAsync();

    /// <summary>The storage's table of state rows.</summary>
    protected abstract string StateTable { get; }

    protected IGrainStorage Storage => _storage ??= Open();

    protected ILogStore Logs => _logs ??= OpenLogs();

    [Fact]
    public async Task AStaleWriteThrowsAndChangesNothing()
    {
        var first = new GrainState<CounterState>();
        var second = new GrainState<CounterState>();
        await Storage.ReadStateAsync("counter", Grain, first);
        await Storage.WriteStateAsync("counter", Grain, first.With(1));
        await Storage.ReadStateAsync("counter", Grain, second);

        await Storage.WriteStateAsync("counter", Grain, first.With(2));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("counter", Grain, second.With(3)));

        var reread = new GrainState<CounterState>();
        await Storage.ReadStateAsync("counter", Grain, reread);
        Assert.Equal(2, reread.State!.Value);
        Assert.Equal(first.ETag, reread.ETag);
    }

    [Fact]
    public async Task AnotherStorageOnTheSameDatabaseReadsTheWriteAndItsETagHolds()
    {
        var state = new GrainState<CounterState>();
        await Storage.WriteStateAsync("counter", Grain, state.With(7));

        var elsewhere = Open();
        var read = new GrainState<CounterState>();
        await elsewhere.ReadStateAsync("counter", Grain, read);
        Assert.True(read.RecordExists);
        Assert.Equal(7, read.State!.Value);

        // The other node moves the row on; the first one's ETag is stale there too.
        await elsewhere.WriteStateAsync("counter", Grain, read.With(8));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("counter", Grain, state.With(9)));
    }

    [Fact]
    public async Task LogEntriesOfferedWithAStateWriteCommitWithItAndGetTheirSequences()
    {
        await Logs.AppendAsync("events/unit", "Earlier", "{}");
        var state = new GrainState<CounterState>();

        var appends = AppendsWithState.Start(
            [new LogAppend("events/unit", "Counted", "{\"n\":1}"), new LogAppend("conversation/unit", "Assistant", "{}")],
            () => Storage.WriteStateAsync("counter", Grain, state.With(1)));
        await appends.Written;

        Assert.True(appends.Claimed);
        Assert.Equal([2L, 1L], appends.Sequences);
        Assert.Equal(["Earlier", "Counted"], (await Logs.ReadAfterAsync("events/unit", 0, 10)).Select(e => e.Type));
        Assert.Single(await Logs.ReadAfterAsync("conversation/unit", 0, 10));
    }

    [Fact]
    public async Task LogEntriesOfferedWithAStaleStateWriteAreNotWritten()
    {
        var first = new GrainState<CounterState>();
        var stale = new GrainState<CounterState>();
        await Storage.WriteStateAsync("counter", Grain, first.With(1));
        await Storage.ReadStateAsync("counter", Grain, stale);
        await Storage.WriteStateAsync("counter", Grain, first.With(2));

        var appends = AppendsWithState.Start([new LogAppend("events/unit", "Counted", "{}")], () => Storage.WriteStateAsync("counter", Grain, stale.With(3)));

        await Assert.ThrowsAsync<InconsistentStateException>(() => appends.Written);
        Assert.True(appends.Claimed);
        Assert.Null(appends.Sequences);
        Assert.Empty(await Logs.ReadAfterAsync("events/unit", 0, 10));
        Assert.Equal(0, await Logs.LastSequenceAsync("events/unit"));
    }

    [Fact]
    public async Task OnlyTheFirstStateWriteOfTheFlowTakesTheEntries()
    {
        var state = new GrainState<CounterState>();

        await AppendsWithState.Start([new LogAppend("events/unit", "Counted", "{}")], async () =>
        {
            await Storage.WriteStateAsync("counter", Grain, state.With(1));
            await Storage.WriteStateAsync("counter", Grain, state.With(2));
        }).Written;
        await Storage.WriteStateAsync("counter", Grain, state.With(3));

        Assert.Single(await Logs.ReadAfterAsync("events/unit", 0, 10));
    }

    [Fact]
    public async Task TwoFirstWritersCannotBothCreateTheRow()
    {
        var a = new GrainState<CounterState>();
        var b = new GrainState<CounterState>();
        await Storage.ReadStateAsync("counter", Grain, a);
        await Storage.ReadStateAsync("counter", Grain, b);

        await Storage.WriteStateAsync("counter", Grain, a.With(10));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("counter", Grain, b.With(20)));
    }

    [Fact]
    public async Task EveryRowCarriesTheStateTypeAndVersionTag()
    {
        await Storage.WriteStateAsync("counter", Grain, new GrainState<CounterState>().With(5));

        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT type_name, type_version FROM {StateTable}";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("hiring.tests.counter-state", reader.GetString(0));
        Assert.Equal(1, reader.GetInt32(1));
    }

    [Fact]
    public async Task ALaterAdditiveVersionOfAStateTypeReadsOldRows()
    {
        await WriteRowTaggedAsAsync("hiring.tests.counter-state-v2", version: 1, value: 5);

        var upgraded = new GrainState<CounterStateV2>();
        await Storage.ReadStateAsync("counter", Grain, upgraded);

        Assert.True(upgraded.RecordExists);
        Assert.Equal(5, upgraded.State!.Value);
        Assert.Null(upgraded.State!.Note);
    }

    [Fact]
    public async Task ARegisteredUpgraderConvertsRowsOfAnOlderVersion()
    {
        var storage = Open(new CounterToV3Upgrader());
        await WriteRowTaggedAsAsync("hiring.tests.counter-state-v3", version: 1, value: 5);

        var upgraded = new GrainState<CounterStateV3>();
        await storage.ReadStateAsync("counter", Grain, upgraded);

        Assert.Equal("5", upgraded.State!.Total);
    }

    [Fact]
    public async Task ARowOfAnotherTypeWithoutAnUpgraderIsRefusedByName()
    {
        await WriteRowTaggedAsAsync("hiring.tests.counter-state", version: 1, value: 5);

        var error = await Assert.ThrowsAsync<GrainStateCorruptException>(() => Storage.ReadStateAsync("counter", Grain, new GrainState<CounterStateV3>()));
        Assert.Contains("no IStateUpgrader", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARowWrittenByANewerVersionIsRefused()
    {
        await WriteRowTaggedAsAsync("hiring.tests.counter-state", version: 9, value: 5);

        var error = await Assert.ThrowsAsync<GrainStateCorruptException>(() => Storage.ReadStateAsync("counter", Grain, new GrainState<CounterState>()));
        Assert.Contains("newer version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadableRowNamesTheGrainAndTheRow()
    {
        await Storage.WriteStateAsync("counter", Grain, new GrainState<CounterState>().With(5));
        await ExecuteAsync($"UPDATE {StateTable} SET payload = @p", ("p", new byte[] { 1, 2, 3, 4, 5 }));

        var error = await Assert.ThrowsAsync<GrainStateCorruptException>(() => Storage.ReadStateAsync("counter", Grain, new GrainState<CounterState>()));
        Assert.Contains(Grain.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains($"{StateTable}: grain_id=", error.Message, StringComparison.Ordinal);
        Assert.Contains("state_name='counter'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClearingRemovesTheRowAndTheNextWriteStartsFresh()
    {
        var state = new GrainState<CounterState>().With(5);
        await Storage.WriteStateAsync("counter", Grain, state);
        await Storage.ClearStateAsync("counter", Grain, state);

        var reread = new GrainState<CounterState>();
        await Storage.ReadStateAsync("counter", Grain, reread);
        Assert.False(reread.RecordExists);
        Assert.Equal(0, reread.State!.Value);
        await Storage.WriteStateAsync("counter", Grain, reread.With(6));
    }

    [Fact]
    public async Task AStaleClearThrowsAndKeepsTheRowButClearingAGoneRowIsNotStale()
    {
        var stale = new GrainState<CounterState>();
        await Storage.WriteStateAsync("counter", Grain, stale.With(1));
        var current = new GrainState<CounterState>();
        await Storage.ReadStateAsync("counter", Grain, current);
        await Storage.WriteStateAsync("counter", Grain, current.With(2));

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync("counter", Grain, stale));
        var kept = new GrainState<CounterState>();
        await Storage.ReadStateAsync("counter", Grain, kept);
        Assert.Equal(2, kept.State!.Value);

        await Storage.ClearStateAsync("counter", Grain, current);
        await Storage.ClearStateAsync("counter", Grain, stale.With(1));
    }

    private async Task WriteRowTaggedAsAsync(string typeName, int version, int value)
    {
        await Storage.WriteStateAsync("counter", Grain, new GrainState<CounterState>().With(value));
        await ExecuteAsync($"UPDATE {StateTable} SET type_name = @t, type_version = @v", ("t", typeName), ("v", version));
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }
}
