using System.Data.Common;
using Hiring.Agents.Cluster;
using Hiring.Agents.Persistence;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Tests.Support;
using Hiring.Agents.Tests.TestGrains;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;

namespace Hiring.Agents.Tests.Persistence;

/// <summary>
/// The grain storage contract on PostgreSQL (cluster mode), and what committing state with log entries on a database
/// several nodes share needs: each storage opened here is a node, with its own log store and queue.
/// </summary>
public sealed class PostgresGrainStorageTests(PostgresLogStoreFixture postgres) : GrainStorageContractTests, IClassFixture<PostgresLogStoreFixture>, IAsyncLifetime
{
    private readonly List<PostgresLogStore> _stores = [];
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await postgres.NewDatabaseAsync();

    protected override string StateTable => "hiring_grain_state";

    protected override IGrainStorage Open(params IStateUpgrader[] upgraders) => Node(OpenStore(), upgraders);

    protected override ILogStore OpenLogs() => OpenStore();

    protected override Task<DbConnection> ConnectAsync() => PostgresLogStoreFixture.ConnectAsync(_connectionString);

    [Fact]
    public async Task AnEventLogOnThisStorageCommitsTheStateAndItsEventsAsOneWrite()
    {
        var store = OpenStore();
        var storage = Node(store);
        using var events = new EventLog("acme/ana", store, _ => Task.CompletedTask, TimeProvider.System, NullLogger.Instance);
        var state = new GrainState<CounterState>();

        var first = await events.WriteAsync(() => storage.WriteStateAsync("counter", Grain, state.With(1)), [new("notes/acme/ana", "t", "{}")], [new EventDraft(AssistantEventKind.MessageReceived, "first")]);
        var stale = new GrainState<CounterState>();
        await storage.ReadStateAsync("counter", Grain, stale);
        await storage.WriteStateAsync("counter", Grain, state.With(2));
        await Assert.ThrowsAsync<InconsistentStateException>(() => events.WriteAsync(() => storage.WriteStateAsync("counter", Grain, stale.With(3)), [], [new EventDraft(AssistantEventKind.MessageReceived, "lost")]));
        var second = await events.WriteAsync(() => storage.WriteStateAsync("counter", Grain, state.With(4)), [], [new EventDraft(AssistantEventKind.MessageReceived, "second")]);

        Assert.Equal(1, first[0].Sequence);
        Assert.Equal(2, second[0].Sequence);
        Assert.Equal(["first", "second"], (await events.ReadAfterAsync(0, 10)).Select(e => e.Text));
        Assert.Equal(1, await Logs.LastSequenceAsync("notes/acme/ana"));
        var read = new GrainState<CounterState>();
        await Open().ReadStateAsync("counter", Grain, read);
        Assert.Equal(4, read.State!.Value);
    }

    [Fact]
    public async Task StateWritesWithEntriesOnOneNodeAndAppendsOnAnotherShareAGaplessSequence()
    {
        var writer = Node(OpenStore());
        var appender = OpenStore();

        // Each state write is a different grain's first, so none is stale; the other node appends to the same stream meanwhile.
        var writes = Enumerable.Range(0, 100).Select(i => i % 2 == 1
            ? appender.AppendAsync("shared", "appended", $"{i}")
            : AppendsWithState.Start(
                [new LogAppend("shared", "stated", $"{i}")],
                () => writer.WriteStateAsync("counter", GrainId.Create("counter", $"g{i}"), new GrainState<CounterState>().With(i))).Written).ToArray();
        await Task.WhenAll(writes);

        var shared = await Logs.ReadAfterAsync("shared", 0, 500);
        Assert.Equal(Enumerable.Range(1, 100).Select(n => (long)n), shared.Select(e => e.Sequence));
        Assert.Equal(50, shared.Count(e => e.Type == "stated"));
    }

    private PostgresLogStore OpenStore()
    {
        var store = new PostgresLogStore(_connectionString);
        _stores.Add(store);
        return store;
    }

    private static PostgresGrainStorage Node(PostgresLogStore store, params IStateUpgrader[] upgraders) =>
        new(store, SerializerFactory.Create(), upgraders, NullLogger<PostgresGrainStorage>.Instance);

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }
}
