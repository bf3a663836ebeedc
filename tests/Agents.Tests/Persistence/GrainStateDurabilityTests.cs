using Hiring.Agents.Tests.Support;
using Hiring.Agents.Tests.TestGrains;
using Microsoft.Data.Sqlite;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Persistence;

public sealed class GrainStateDurabilityTests
{
    [Fact]
    public async Task StateWrittenByAGrainIsReadBackAfterTheWholeHostRestartsOnTheSameFile()
    {
        using var data = new TempDataDirectory();
        await using (var first = await SqliteTestCluster.StartAsync(data.Path))
        {
            await first.Client.GetGrain<ICounterGrain>("durable").Set(42);
            await first.StopAllSilosAsync();
        }

        await using var second = await SqliteTestCluster.StartAsync(data.Path);
        Assert.Equal(42, await second.Client.GetGrain<ICounterGrain>("durable").Get());
        await second.StopAllSilosAsync();
    }

    [Fact]
    public async Task TwoHostsRacingOnOneGrainLeaveTheFirstWriteAndRefuseTheStaleOne()
    {
        using var data = new TempDataDirectory();
        await using var a = await SqliteTestCluster.StartAsync(data.Path);
        await using var b = await SqliteTestCluster.StartAsync(data.Path);
        var onA = a.Client.GetGrain<ICounterGrain>("contested");
        var onB = b.Client.GetGrain<ICounterGrain>("contested");

        // Both activations read the same (empty) version before either writes.
        Assert.Equal(0, await onA.Get());
        Assert.Equal(0, await onB.Get());

        await onA.Set(1);
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => onB.Set(2));
        Assert.Contains("contested", error.Message, StringComparison.Ordinal);

        await a.StopAllSilosAsync();
        await b.StopAllSilosAsync();
        await using var reader = await SqliteTestCluster.StartAsync(data.Path);
        Assert.Equal(1, await reader.Client.GetGrain<ICounterGrain>("contested").Get());
        await reader.StopAllSilosAsync();
    }

    [Fact]
    public async Task AReminderRegisteredBeforeARestartFiresAfterIt()
    {
        using var data = new TempDataDirectory();
        int firedBeforeStop;
        await using (var first = await SqliteTestCluster.StartAsync(data.Path))
        {
            var before = first.Client.GetGrain<IReminderProbeGrain>("wake-me");
            await before.Register(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1));
            firedBeforeStop = await before.Fired();
            await first.StopAllSilosAsync();
        }

        Assert.Equal(1L, CountRows(data.Path, "reminders"));
        await using var second = await SqliteTestCluster.StartAsync(data.Path);
        var probe = second.Client.GetGrain<IReminderProbeGrain>("wake-me");
        await Wait.UntilAsync(async () => await probe.Fired() > firedBeforeStop, TimeSpan.FromSeconds(60), "the reminder fires after the restart");
        await second.StopAllSilosAsync();
    }

    private static long CountRows(string dataDirectory, string table)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "hiring.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
