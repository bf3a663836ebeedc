using Hiring.Agents.Persistence;
using Hiring.Agents.Tests.Support;
using Hiring.Storage;
using Microsoft.Data.Sqlite;

namespace Hiring.Agents.Tests.Persistence;

public sealed class SqliteLogStoreTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task EntriesAppendedBeforeARestartAreReadAfterASequenceAfterIt()
    {
        var before = new SqliteLogStore(new SqliteDatabase(_data.Path));
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(i, await before.AppendAsync("acme/ana", "note", $"{{\"n\":{i}}}"));
        }

        SqliteConnection.ClearAllPools();
        var after = new SqliteLogStore(new SqliteDatabase(_data.Path));
        var read = await after.ReadAfterAsync("acme/ana", 2, 100);

        Assert.Equal([3L, 4L, 5L], read.Select(e => e.Sequence));
        Assert.Equal("{\"n\":3}", read[0].Payload);
        Assert.Equal("note", read[0].Type);
        Assert.Equal(5, await after.LastSequenceAsync("acme/ana"));
    }

    [Fact]
    public async Task StreamsKeepTheirOwnSequences()
    {
        var store = new SqliteLogStore(new SqliteDatabase(_data.Path));
        await store.AppendAsync("acme/ana", "a", "{}");
        await store.AppendAsync("acme/ana", "a", "{}");
        Assert.Equal(1, await store.AppendAsync("globex/bo", "b", "{}"));
        Assert.Empty(await store.ReadAfterAsync("globex/bo", 1, 10));
    }

    [Fact]
    public async Task ReadsAreBoundedByMax()
    {
        var store = new SqliteLogStore(new SqliteDatabase(_data.Path));
        await store.AppendAsync("s", [.. Enumerable.Range(0, 10).Select(i => ("t", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        var page = await store.ReadAfterAsync("s", 0, 4);
        Assert.Equal([1L, 2L, 3L, 4L], page.Select(e => e.Sequence));
    }

    [Fact]
    public async Task AnAppendAcrossStreamsGivesEachEntryTheNextSequenceOfItsOwnStream()
    {
        var store = new SqliteLogStore(new SqliteDatabase(_data.Path));
        await store.AppendAsync("inbox", "t", "earlier");

        var sequences = await store.AppendAsync([new("inbox", "t", "1"), new("events", "t", "2"), new("inbox", "t", "3")]);

        Assert.Equal([2L, 1L, 3L], sequences);
        Assert.Equal(["earlier", "1", "3"], (await store.ReadAfterAsync("inbox", 0, 10)).Select(e => e.Payload));
        Assert.Equal(["2"], (await store.ReadAfterAsync("events", 0, 10)).Select(e => e.Payload));
    }

    [Fact]
    public async Task AnAppendAcrossStreamsThatFailsWritesNoneOfItsEntries()
    {
        var store = new SqliteLogStore(new SqliteDatabase(_data.Path));

        // The second entry breaks the table's NOT NULL rule after the first has been inserted.
        await Assert.ThrowsAsync<SqliteException>(() => store.AppendAsync([new("inbox", "t", "1"), new("events", "t", null!)]));
        var later = await store.AppendAsync([new("inbox", "t", "2"), new("events", "t", "3")]);

        Assert.Equal([1L, 1L], later);
        Assert.Equal(["2"], (await store.ReadAfterAsync("inbox", 0, 10)).Select(e => e.Payload));
    }

    [Fact]
    public async Task ConcurrentAppendsAcrossStreamsAreAllCommittedWithoutGapsInAnyStream()
    {
        var store = new SqliteLogStore(new SqliteDatabase(_data.Path));

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
        var store = new SqliteLogStore(new SqliteDatabase(_data.Path));
        await store.AppendAsync("s", "t", "1");
        await store.AppendAsync("s", "t", "2");

        var conflict = await Assert.ThrowsAsync<LogSequenceConflictException>(() => store.AppendAsync("s", [("t", "3"), ("t", "4")], expectedLastSequence: 1));
        Assert.Equal(2, conflict.Actual);
        Assert.Equal(2, await store.LastSequenceAsync("s"));
    }

    [Fact]
    public async Task ConcurrentAppendersGetDistinctGaplessSequences()
    {
        var store = new SqliteLogStore(new SqliteDatabase(_data.Path));
        var sequences = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => store.AppendAsync("busy", "t", "x"))));
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), sequences.Order());
    }

    [Fact]
    public async Task AStreamStaysGaplessWhenASecondWriterOnTheSameFileAppendsToIt()
    {
        using var first = new SqliteDatabase(_data.Path);
        using var second = new SqliteDatabase(_data.Path);
        var one = new SqliteLogStore(first);
        var other = new SqliteLogStore(second);
        await one.AppendAsync("shared", "t", "1");

        // The first writer last appended 1; the stream moved on without it.
        await other.AppendAsync("shared", "t", "2");
        await other.AppendAsync("shared", "t", "3");

        Assert.Equal([4L, 1L], await one.AppendAsync([new("shared", "t", "4"), new("own", "t", "a")]));
        Assert.Equal(6, await one.AppendAsync("shared", [("t", "5"), ("t", "6")], expectedLastSequence: 4));
        Assert.Equal(["1", "2", "3", "4", "5", "6"], (await one.ReadAfterAsync("shared", 0, 10)).Select(e => e.Payload));
    }

    [Fact]
    public async Task ARedactedEntryKeepsItsSequenceButIsNeverReadBackAndLosesItsPayloadInTheFile()
    {
        using var database = new SqliteDatabase(_data.Path);
        var store = new SqliteLogStore(database);
        await store.AppendAsync("evidence/acme/p1", [("evaluation", "{\"quote\":\"Ana Lima led it\"}"), ("evaluation", "{\"quote\":\"kept\"}"), ("evaluation", "{\"quote\":\"Ana again\"}")]);

        Assert.Equal(2, await store.RedactAsync("evidence/acme/p1", [1, 3, 99]));

        Assert.Equal([2L], (await store.ReadAfterAsync("evidence/acme/p1", 0, 10)).Select(e => e.Sequence));
        Assert.Equal([2L], (await store.ReadBeforeAsync("evidence/acme/p1", long.MaxValue, 10)).Select(e => e.Sequence));
        Assert.Equal(3, await store.LastSequenceAsync("evidence/acme/p1"));
        Assert.Equal(4, await store.AppendAsync("evidence/acme/p1", "evaluation", "{}"));
        await using var connection = await database.OpenAsync();
        await using var rows = connection.CreateCommand();
        rows.CommandText = "SELECT sequence, type, payload FROM log_entries WHERE stream_key = 'evidence/acme/p1' ORDER BY sequence";
        var stored = new List<(long, string, string)>();
        await using (var reader = await rows.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        Assert.Equal([(1L, LogEntry.RedactedType, ""), (2L, "evaluation", "{\"quote\":\"kept\"}"), (3L, LogEntry.RedactedType, ""), (4L, "evaluation", "{}")], stored);
    }

    [Fact]
    public async Task RedactingAgainChangesNothing()
    {
        var store = new SqliteLogStore(new SqliteDatabase(_data.Path));
        await store.AppendAsync("notes/acme/p1/c1", "note", "{}");

        Assert.Equal(1, await store.RedactAsync("notes/acme/p1/c1", [1]));
        Assert.Equal(0, await store.RedactAsync("notes/acme/p1/c1", [1]));
        Assert.Equal(0, await store.RedactAsync("notes/other", [1]));
    }

    [Fact]
    public async Task PagesStayFullWhenEntriesBetweenAreRedacted()
    {
        var store = new SqliteLogStore(new SqliteDatabase(_data.Path));
        await store.AppendAsync("s", [.. Enumerable.Range(1, 10).Select(i => ("t", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        await store.RedactAsync("s", [2, 3]);

        Assert.Equal(["1", "4", "5"], (await store.ReadAfterAsync("s", 0, 3)).Select(e => e.Payload));
    }

    [Fact]
    public async Task AnAppendExpectingTheLastEntryItCouldReadSucceedsWhenRedactedEntriesFollowIt()
    {
        var store = new SqliteLogStore(new SqliteDatabase(_data.Path));
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
        var store = new SqliteLogStore(new SqliteDatabase(_data.Path));
        await store.AppendAsync([new("moves/acme/p1", "t", "{}"), new("moves/acme/p1", "t", "{}"), new("moves/acme/p2", "t", "{}"), new("moves/acme-2/p1", "t", "{}"), new("notes/acme/p1/c1", "t", "{}")]);

        Assert.Equal(["moves/acme/p1", "moves/acme/p2"], await store.StreamKeysAsync("moves/acme/"));
        Assert.Equal(5 - 1, (await store.StreamKeysAsync("")).Count);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
