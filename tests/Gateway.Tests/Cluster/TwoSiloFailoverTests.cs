using Xunit.Abstractions;
using Hiring.Contracts.Cluster;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// Two nodes of the real program, each its own process, on one throwaway PostgreSQL: what silo A wrote and armed
/// outlives <c>kill -9</c> of A, read and fired on silo B. Most of its time is the two nodes' start (the built-in
/// engine loads its vocabularies and MiniLM before a node is ready); the failover itself takes seconds.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TwoSiloFailoverTests(ITestOutputHelper output) : ClusterNodesTest(output)
{
    private static readonly TimeSpan FailoverTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task StateWrittenOnAKilledSiloIsReadAndItsReminderFiresOnTheOther()
    {
        // Both nodes start at once (a node's start is most of this test's time); the one the canary activates on is A.
        var nodes = await SiloProcess.StartReadyAsync(2, Postgres.ConnectionString, SiloProcess.FastFailureDetection, StartTimeout);
        await using var first = nodes[0];
        await using var second = nodes[1];
        Phase("both silos ready");
        using var client = await ClusterClient.ConnectAsync(Postgres.ConnectionString);
        var canary = client.Services.GetRequiredService<IClusterClient>().GetGrain<IClusterCanary>("failover");

        var written = await canary.Write("written on A");
        var (a, b) = ClusterClient.Address(written.Silo) == first.Endpoint ? (first, second) : (second, first);
        Assert.Equal(a.Endpoint, ClusterClient.Address(written.Silo));
        // Armed on A with a due time A will not live to see.
        var armed = await canary.Arm(TimeSpan.FromSeconds(10));
        Assert.True(armed.Armed);
        Assert.Equal(a.Endpoint, ClusterClient.Address(armed.Silo));
        Phase("canary written and armed on A");

        a.Kill();
        Phase("silo A killed");

        CanaryReport? report = null;
        await SiloProcess.ExplainFailureAsync([b], () => Wait.UntilAsync(async () =>
        {
            report = await TryReadAsync(canary);
            return report is { Armed: false, FiredOn: not null };
        }, FailoverTimeout, "the canary's reminder fired after silo A was killed"));
        Phase("the reminder fired on B");

        Assert.Equal("written on A", report!.Note);
        Assert.Equal(b.Endpoint, ClusterClient.Address(report.Silo));
        Assert.Equal(b.Endpoint, ClusterClient.Address(report.FiredOn!));
    }

    /// <summary>A read that may fail while the cluster still routes to the dead silo; the wait retries it.</summary>
    private static async Task<CanaryReport?> TryReadAsync(IClusterCanary canary)
    {
        try
        {
            return await canary.Read();
        }
        catch (Exception e) when (e is TimeoutException or OrleansException or SiloUnavailableException or OperationCanceledException)
        {
            return null;
        }
    }
}
