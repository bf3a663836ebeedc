using System.Globalization;
using Xunit.Abstractions;
using Hiring.Agents.Cluster;
using Hiring.Contracts.Cluster;
using Hiring.Gateway.Hosting;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// Two nodes of the real program, each its own process, on one throwaway PostgreSQL: what silo A wrote and armed
/// outlives <c>kill -9</c> of A, read and fired on silo B. Most of its time is the two nodes' start (the built-in
/// engine loads its vocabularies and MiniLM before a node is ready); the failover itself takes seconds.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class TwoSiloFailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    // Failure detection tightened so a killed node is declared dead in seconds (the defaults take about half a minute).
    private static readonly Dictionary<string, string> FastDetection = new()
    {
        [$"{HiringSettings.Membership}:ProbeTimeout"] = "00:00:01",
        [$"{HiringSettings.Membership}:NumMissedProbesLimit"] = "2",
        [$"{HiringSettings.Membership}:TableRefreshTimeout"] = "00:00:02",
        [$"{HiringSettings.Membership}:IAmAliveTablePublishTimeout"] = "00:00:05",
    };

    // Generous for a loaded 2-core machine; each wait ends as soon as its condition holds.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(150);
    private static readonly TimeSpan FailoverTimeout = TimeSpan.FromSeconds(90);

    private PostgresServer _postgres = null!;

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        await PostgresSchema.MigrateAsync(_postgres.ConnectionString);
        Phase("postgres started and migrated");
    }

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    [Fact]
    public async Task StateWrittenOnAKilledSiloIsReadAndItsReminderFiresOnTheOther()
    {
        // Both nodes start at once (a node's start is most of this test's time); the one the canary activates on is A.
        var starting = new[]
        {
            SiloProcess.StartReadyAsync(_postgres.ConnectionString, FastDetection, StartTimeout),
            SiloProcess.StartReadyAsync(_postgres.ConnectionString, FastDetection, StartTimeout),
        };
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await (await started).DisposeAsync();
            }

            throw;
        }

        await using var first = await starting[0];
        await using var second = await starting[1];
        Phase("both silos ready");
        using var client = await ConnectClientAsync();
        var canary = client.Services.GetRequiredService<IClusterClient>().GetGrain<IClusterCanary>("failover");

        var written = await canary.Write("written on A");
        var (a, b) = Address(written.Silo) == Endpoint(first) ? (first, second) : (second, first);
        Assert.Equal(Endpoint(a), Address(written.Silo));
        // Armed on A with a due time A will not live to see.
        var armed = await canary.Arm(TimeSpan.FromSeconds(10));
        Assert.True(armed.Armed);
        Assert.Equal(Endpoint(a), Address(armed.Silo));
        Phase("canary written and armed on A");

        a.Kill();
        Phase("silo A killed");

        CanaryReport? report = null;
        await WhileRunningAsync(b, () => Wait.UntilAsync(async () =>
        {
            report = await TryReadAsync(canary);
            return report is { Armed: false, FiredOn: not null };
        }, FailoverTimeout, "the canary's reminder fired after silo A was killed"));
        Phase("the reminder fired on B");

        Assert.Equal("written on A", report!.Note);
        Assert.Equal(Endpoint(b), Address(report.Silo));
        Assert.Equal(Endpoint(b), Address(report.FiredOn!));
    }

    /// <summary>How far the test got, in its output, for a failure's reader.</summary>
    private void Phase(string what) => output.WriteLine(what);

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

    private async Task<IHost> ConnectClientAsync()
    {
        var host = new HostBuilder()
            .UseOrleansClient(client => client
                .UseAdoNetClustering(o =>
                {
                    o.Invariant = ClusterSettings.Invariant;
                    o.ConnectionString = _postgres.ConnectionString;
                })
                .Configure<ClusterOptions>(o =>
                {
                    o.ServiceId = HiringSettings.DefaultServiceId;
                    o.ClusterId = HiringSettings.DefaultClusterIdInCluster;
                })
                .Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1))
                .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5)))
            .Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>Runs <paramref name="step"/>; when it fails, the node's own output says why.</summary>
    private static async Task WhileRunningAsync(SiloProcess node, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"{e.Message}\n--- node on silo port {node.SiloPort} ---\n{node.Output}", e);
        }
    }

    // A silo address prints as S127.0.0.1:port:generation; compare by host and port.
    private static string Address(string silo) => string.Join(':', silo.TrimStart('S').Split(':').Take(2));

    private static string Endpoint(SiloProcess node) => "127.0.0.1:" + node.SiloPort.ToString(CultureInfo.InvariantCulture);
}
