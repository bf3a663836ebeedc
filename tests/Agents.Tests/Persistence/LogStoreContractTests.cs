using System.Data.Common;
using Hiring.Storage;

namespace Hiring.Agents.Tests.Persistence;

/// <summary>
/// The <see cref="ILogStore"/> contract, run against every store: a subclass per store gives each test its own
/// empty storage and opens stores on it.
/// </summary>
public abstract class LogStoreContractTests
{
    /// <summary>A new store on the test's storage: another writer beside the ones opened before (a second silo).</summary>
    protected abstract ILogStore Open();

    /// <summary>A new store on the test's storage after the earlier ones let go of it, as after a restart.</summary>
    protected virtual ILogStore Reopen() => Open();

    /// <summary>A connection to the test's storage, to look at the rows themselves.</summary>
    protected abstract Task<DbConnection> ConnectAsync();

    /// <summary>The store's table of entries.</summary>
    protected abstract string EntriesTable { get; }

    /// <summary>What the store throws for an entry its table refuses (a null payload).</summary>
    protected abstract Type RefusedEntryError { get; }

    [Fact]
    public async Task EntriesAppendedBeforeARestartAreReadAfterASequenceAfterIt()
    {
        var before = Open();
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(i, await before.AppendAsync("acme/ana", "note", $"{{\"n\":{i}}}"));
        }

        var after = Reopen();
        var read = await after.ReadAfterAsync("acme/ana", 2, 100);

        Assert.Equal([3L, 4L, 5L], read.Select(e => e.Sequence));
        Assert.Equal("{\"n\":3}", read[0].Payload);
        Assert.Equal("note", read[0].Type);
        Assert.Equal(5, await after.LastSequenceAsync("acme/ana"));
    }

    [Fact]
    public async Task StreamsKeepTheirOwnSequences()
    {
        var store = Open();
        await store.AppendAsync("acme/ana", "a", "{}");
        await store.AppendAsync("acme/ana", "a", "{}");
        Assert.Equal(1, await store.AppendAsync("globex/bo", "b", "{}"));
        Assert.Empty(await store.ReadAfterAsync("globex/bo", 1, 10));
    }

    [Fact]
    public async Task ReadsAreBoundedByMax()
    {
        var store = Open();
        await store.AppendAsync("s", [.. Enumerable.Range(0, 10).Select(i => ("t", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        var page = await store.ReadAfterAsync("s", 0, 4);
        Assert.Equal([1L, 2L, 3L, 4L], page.Select(e => e.Sequence));
    }

    [Fact]
    public async Task AnAppendAcrossStreamsGivesEachEntryTheNextSequenceOfItsOwnStream()
    {
        var store = Open();
        await store.AppendAsync("inbox", "t", "earlier");

        var sequences = await store.AppendAsync([new("inbox", "t", "1"), new("events", "t", "2"), new("inbox", "t", "3")]);

        Assert.Equal([2L, 1L, 3L], sequences);
        Assert.Equal(["earlier", "1", "3"], (await store.ReadAfterAsync("inbox", 0, 10)).Select(e => e.Payload));
        Assert.Equal(["2"], (await store.ReadAfterAsync("events", 0, 10)).Select(e => e.Payload));
    }

    [Fact]
    public async Task AnAppendAcrossStreamsThatFailsWritesNoneOfItsEntries()
    {
        var store = Open();

        // The second entry breaks the table's NOT NULL rule after the first has been inserted.
        await Assert.ThrowsAsync(RefusedEntryError, () => store.AppendAsync([new("inbox", "t", "1"), new("events", "t", null!)]));
        var later = await store.AppendAsync([new("inbox", "t", "2"), new("events", "t", "3")]);

        Assert.Equal([1L, 1L], later);
        Assert.Equal(["2"], (await store.ReadAfterAsync("inbox", 0, 10)).Select(e => e.Payload));
    }

    [Fact]
    public async Task ConcurrentAppendsAcrossStreamsAreAllCommittedWithoutGapsInAnyStream()
    {
        var store = Open();

        await Task.WhenAll(Enumerable.Range(0, 300).Select(i =>
            store.AppendAsync([new($"inbox/{i % 3}", "t", $"{i}"), new($"events/{i % 3}", "t", $"{i}")])));

        for (var s = 0; s < 3; s++)
        {
            var inbox = await store.ReadAfterAsync($"inbox/{s}", 0, 500);
            var events = await store.ReadAfterAsync($"events/{s}", 0, 500);
            Assert.Equal(Enumerable.Range(1, 100).Select(n => (long)n), inbox.Select(e => e.Sequence));
            Assert.Equal(inbox.Select(e => e.Payload), events.Select(e => e.Payload));
        }
    }

    [Fact]
    public async Task AnAppendExpectingAnOldEndWritesNothing()
    {
        var store = Open();
        await store.AppendAsync("s", "t", "1");
        await store.AppendAsync("s", "t", "2");

        var conflict = await Assert.ThrowsAsync<LogSequenceConflictException>(() => store.AppendAsync("s", [("t", "3"), ("t", "4")], expectedLastSequence: 1));
        Assert.Equal(2, conflict.Actual);
        Assert.Equal(2, await store.LastSequenceAsync("s"));
    }

    [Fact]
    public async Task ConcurrentAppendersGetDistinctGaplessSequences()
    {
        var store = Open();
        var sequences = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => store.AppendAsync("busy", "t", "x"))));
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), sequences.Order());
    }

    [Fact]
    public async Task AStreamStaysGaplessWhenASecondWriterOnTheSameStorageAppendsToIt()
    {
        var one = Open();
        var other = Open();
        await one.AppendAsync("shared", "t", "1");

        // The first writer last appended 1; the stream moved on without it.
        await other.AppendAsync("shared", "t", "2");
        await other.AppendAsync("shared", "t", "3");

        Assert.Equal([4L, 1L], await one.AppendAsync([new("shared", "t", "4"), new("own", "t", "a")]));
        Assert.Equal(6, await one.AppendAsync("shared", [("t", "5"), ("t", "6")], expectedLastSequence: 4));
        Assert.Equal(["1", "2", "3", "4", "5", "6"], (await one.ReadAfterAsync("shared", 0, 10)).Select(e => e.Payload));
    }

    [Fact]
    public async Task ARedactedEntryKeepsItsSequenceButIsNeverReadBackAndLosesItsPayloadInStorage()
    {
        var store = Open();
        await store.AppendAsync("evidence/acme/p1", [("evaluation", "{\"quote\":\"Ana Lima led it\"}"), ("evaluation", "{\"quote\":\"kept\"}"), ("evaluation", "{\"quote\":\"Ana again\"}")]);

        Assert.Equal(2, await store.RedactAsync("evidence/acme/p1", [1, 3, 99]));

        Assert.Equal([2L], (await store.ReadAfterAsync("evidence/acme/p1", 0, 10)).Select(e => e.Sequence));
        Assert.Equal([2L], (await store.ReadBeforeAsync("evidence/acme/p1", long.MaxValue, 10)).Select(e => e.Sequence));
        Assert.Equal(3, await store.LastSequenceAsync("evidence/acme/p1"));
        Assert.Equal(4, await store.AppendAsync("evidence/acme/p1", "evaluation", "{}"));
        Assert.Equal(
            [(1L, LogEntry.RedactedType, ""), (2L, "evaluation", "{\"quote\":\"kept\"}"), (3L, LogEntry.RedactedType, ""), (4L, "evaluation", "{}")],
            await StoredRowsAsync("evidence/acme/p1"));
    }

    /// <summary>The stream's rows as the storage holds them, redacted ones included, by sequence.</summary>
    private async Task<IReadOnlyList<(long Sequence, string Type, string Payload)>> StoredRowsAsync(string streamKey)
    {
        await using var connection = await ConnectAsync();
        await using var rows = connection.CreateCommand();
        rows.CommandText = $"SELECT sequence, type, payload FROM {EntriesTable} WHERE stream_key = @k ORDER BY sequence";
        var key = rows.CreateParameter();
        key.ParameterName = "@k";
        key.Value = streamKey;
        rows.Parameters.Add(key);
        var stored = new List<(long, string, string)>();
        await using var reader = await rows.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return stored;
    }

    [Fact]
    public async Task RedactingAgainChangesNothing()
    {
        var store = Open();
        await store.AppendAsync("notes/acme/p1/c1", "note", "{}");

        Assert.Equal(1, await store.RedactAsync("notes/acme/p1/c1", [1]));
        Assert.Equal(0, await store.RedactAsync("notes/acme/p1/c1", [1]));
        Assert.Equal(0, await store.RedactAsync("notes/other", [1]));
    }

    [Fact]
    public async Task PagesStayFullWhenEntriesBetweenAreRedacted()
    {
        var store = Open();
        await store.AppendAsync("s", [.. Enumerable.Range(1, 10).Select(i => ("t", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        await store.RedactAsync("s", [2, 3]);

        Assert.Equal(["1", "4", "5"], (await store.ReadAfterAsync("s", 0, 3)).Select(e => e.Payload));
    }

    [Fact]
    public async Task AnAppendExpectingTheLastEntryItCouldReadSucceedsWhenRedactedEntriesFollowIt()
    {
        var store = Open();
        await store.AppendAsync("contacts/acme", [("queued", "kept"), ("reply", "erased"), ("reply", "erased too")]);
        await store.RedactAsync("contacts/acme", [2, 3]);
        var readable = (await store.ReadAfterAsync("contacts/acme", 0, 10))[^1].Sequence;

        Assert.Equal(4, await store.AppendAsync("contacts/acme", [("queued", "next")], expectedLastSequence: readable));
        await Assert.ThrowsAsync<LogSequenceConflictException>(() => store.AppendAsync("contacts/acme", [("queued", "stale")], expectedLastSequence: readable));
        await store.RedactAsync("contacts/acme", [1, 4]);
        Assert.Equal(5, await store.AppendAsync("contacts/acme", [("queued", "after all redacted")], expectedLastSequence: 0));
    }

    [Fact]
    public async Task StreamKeysAreListedByPrefix()
    {
        var store = Open();
        await store.AppendAsync([new("moves/acme/p1", "t", "{}"), new("moves/acme/p1", "t", "{}"), new("moves/acme/p2", "t", "{}"), new("moves/acme-2/p1", "t", "{}"), new("notes/acme/p1/c1", "t", "{}")]);

        Assert.Equal(["moves/acme/p1", "moves/acme/p2"], await store.StreamKeysAsync("moves/acme/"));
        Assert.Equal(5 - 1, (await store.StreamKeysAsync("")).Count);
    }

    [Fact]
    public async Task StreamKeysTakeThePrefixLiterallyAndComeInOrdinalOrder()
    {
        string[] keys = ["moves/a_b/1", "moves/aXb/2", "moves/a%/3", "moves/Z", "moves/a", "Moves/a", "moves/é", "moves/e"];
        var store = Open();
        await store.AppendAsync([.. keys.Select(k => new LogAppend(k, "t", "{}"))]);

        Assert.Equal(["moves/a_b/1"], await store.StreamKeysAsync("moves/a_"));
        Assert.Equal(["moves/a%/3"], await store.StreamKeysAsync("moves/a%"));
        Assert.Equal(keys.Where(k => k.StartsWith("moves/", StringComparison.Ordinal)).Order(StringComparer.Ordinal), await store.StreamKeysAsync("moves/"));
    }

    [Fact]
    public async Task AppendsTakeSequencesInTheOrderTheyAreCalledBeforeAnyIsAwaited()
    {
        var store = Open();

        var appends = Enumerable.Range(0, 50).Select(i => store.AppendAsync("ordered", "t", $"{i}")).ToArray();

        Assert.Equal(Enumerable.Range(1, 50).Select(n => (long)n), await Task.WhenAll(appends));
    }
}
