using System.Data.Common;
using Hiring.Agents.Cluster;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Hiring.Agents.Tests.Persistence;

/// <summary>The log store contract on PostgreSQL (cluster mode), and what several nodes writing one stream need.</summary>
public sealed class PostgresLogStoreTests(PostgresLogStoreFixture postgres) : LogStoreContractTests, IClassFixture<PostgresLogStoreFixture>, IAsyncLifetime
{
    private readonly List<PostgresLogStore> _stores = [];
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await postgres.NewDatabaseAsync();

    protected override Type RefusedEntryError => typeof(PostgresException);

    protected override ILogStore Open()
    {
        var store = new PostgresLogStore(_connectionString);
        _stores.Add(store);
        return store;
    }

    protected override string EntriesTable => "hiring_log_entries";

    protected override Task<DbConnection> ConnectAsync() => PostgresLogStoreFixture.ConnectAsync(_connectionString);

    [Fact]
    public async Task TwoNodesAppendingToOneStreamAtOnceGetAGaplessSequenceWithoutDuplicates()
    {
        var nodes = new[] { Open(), Open() };

        // Each node also appends across two streams in the opposite order of the other's: locks taken in any order would deadlock.
        var appends = Enumerable.Range(0, 200).Select(i =>
        {
            var node = i % 2;
            var (first, second) = node == 0 ? ("pair/a", "pair/b") : ("pair/b", "pair/a");
            return nodes[node].AppendAsync([new("shared", "t", $"{node}:{i}"), new(first, "t", $"{node}:{i}"), new(second, "t", $"{node}:{i}")]);
        }).ToArray();
        await Task.WhenAll(appends);

        var shared = await nodes[0].ReadAfterAsync("shared", 0, 500);
        Assert.Equal(Enumerable.Range(1, 200).Select(n => (long)n), shared.Select(e => e.Sequence));
        Assert.Equal(200, shared.Select(e => e.Payload).Distinct().Count());
        foreach (var node in (string[])["0:", "1:"])
        {
            // A node's own appends keep the order it called them in.
            var own = shared.Select(e => e.Payload).Where(p => p.StartsWith(node, StringComparison.Ordinal)).Select(p => int.Parse(p[2..], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(own.Order(), own);
        }

        Assert.Equal(200, await nodes[1].LastSequenceAsync("pair/a"));
        Assert.Equal(200, await nodes[1].LastSequenceAsync("pair/b"));
    }

    [Fact]
    public async Task AnEventLogOnAStateStorageThatTakesNoEntriesAppendsItsEventsAfterEachStateWrite()
    {
        // A state storage that does not take log entries along (any but Hiring's own): the event log appends them itself.
        using var events = new EventLog("acme/ana", Open(), _ => Task.CompletedTask, TimeProvider.System, NullLogger.Instance);
        var saved = 0;

        await events.WriteAsync(() => { saved++; return Task.CompletedTask; }, [new("notes/acme/ana", "t", "{}")], [new EventDraft(AssistantEventKind.MessageReceived, "first")]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => events.WriteAsync(() => Task.FromException(new InvalidOperationException("stale")), [], [new EventDraft(AssistantEventKind.MessageReceived, "lost")]));
        var written = await events.WriteAsync(() => { saved++; return Task.CompletedTask; }, [], [new EventDraft(AssistantEventKind.MessageReceived, "second")]);

        Assert.Equal(2, saved);
        Assert.Equal(2, written[0].Sequence);
        Assert.Equal(["first", "second"], (await events.ReadAfterAsync(0, 10)).Select(e => e.Text));
        Assert.Equal(1, await Open().LastSequenceAsync("notes/acme/ana"));
    }

    [Fact]
    public async Task RecordedTimesAreUtc()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        await Open().AppendAsync("times", "t", "{}");

        var entry = (await Open().ReadAfterAsync("times", 0, 1))[0];

        Assert.Equal(TimeSpan.Zero, entry.RecordedAt.Offset);
        Assert.InRange(entry.RecordedAt, before, DateTimeOffset.UtcNow.AddSeconds(5));
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }
}
