using Hiring.Agents.Persistence;
using Hiring.Agents.Tests.Support;
using Hiring.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Hiring.Agents.Tests.Persistence;

public sealed class SqliteReminderTableTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    private SqliteReminderTable Table(string serviceId = "svc") =>
        new(new SqliteDatabase(_data.Path), Options.Create(new ClusterOptions { ServiceId = serviceId }));

    private static ReminderEntry Entry(string key, string name = "tick") => new()
    {
        GrainId = GrainId.Create("probe", key),
        ReminderName = name,
        StartAt = new DateTime(2026, 11, 26, 6, 0, 0, DateTimeKind.Utc),
        Period = TimeSpan.FromMinutes(5),
    };

    [Fact]
    public async Task AnUpsertedRowReadsBackWithItsScheduleInUtc()
    {
        var table = Table();
        var etag = await table.UpsertRow(Entry("a"));

        var row = await table.ReadRow(GrainId.Create("probe", "a"), "tick");

        Assert.NotNull(row);
        Assert.Equal(etag, row.ETag);
        Assert.Equal(new DateTime(2026, 11, 26, 6, 0, 0, DateTimeKind.Utc), row.StartAt);
        Assert.Equal(DateTimeKind.Utc, row.StartAt.Kind);
        Assert.Equal(TimeSpan.FromMinutes(5), row.Period);
    }

    [Fact]
    public async Task RangeReadsCoverTheRingIncludingTheWrapAround()
    {
        var table = Table();
        var entries = Enumerable.Range(0, 30).Select(i => Entry($"g{i}")).ToList();
        foreach (var entry in entries)
        {
            await table.UpsertRow(entry);
        }

        var hashes = entries.Select(e => e.GrainId.GetUniformHashCode()).Order().ToList();
        var pivot = hashes[10];
        var upper = (await table.ReadRows(pivot, uint.MaxValue)).Reminders.Count;
        var wrapped = (await table.ReadRows(uint.MaxValue, pivot)).Reminders.Count;
        var whole = (await table.ReadRows(pivot, pivot)).Reminders.Count;

        Assert.Equal(19, upper);
        Assert.Equal(11, wrapped);
        Assert.Equal(30, whole);
    }

    [Fact]
    public async Task RemovingNeedsTheCurrentEtag()
    {
        var table = Table();
        var etag = await table.UpsertRow(Entry("a"));

        Assert.False(await table.RemoveRow(GrainId.Create("probe", "a"), "tick", "stale"));
        Assert.True(await table.RemoveRow(GrainId.Create("probe", "a"), "tick", etag!));
        Assert.Null(await table.ReadRow(GrainId.Create("probe", "a"), "tick"));
    }

    [Fact]
    public async Task ServicesSharingAFileDoNotSeeEachOthersReminders()
    {
        await Table("one").UpsertRow(Entry("a"));
        Assert.Empty((await Table("two").ReadRows(GrainId.Create("probe", "a"))).Reminders);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
