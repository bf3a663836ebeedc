using System.Net.WebSockets;
using System.Text.Json;
using Npgsql;
using Xunit.Abstractions;
using Hiring.Agents.Identity;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>
/// Two nodes of the real program whose every silo-to-silo link and whose PostgreSQL connections run through
/// <see cref="TcpFaultProxy"/>. A recruiter on one node talks to their assistant on the other (every call crosses a
/// proxied link) while the links and the assistant's node's PostgreSQL connections are delayed, dropped and cut;
/// once the network is back every plan finishes, and the log holds every message, approval, decision and event exactly once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NetworkFaultTests(ITestOutputHelper output) : ClusterNodesTest(output)
{
    private static readonly (string Id, string Text)[] Messages =
    [
        ("m-1", "I need a senior backend engineer in Berlin, Go and Kubernetes, 5+ years"),
        ("m-2", "find candidates"),
        ("m-3", "thanks"),
    ];

    // A step whose answers the faults lose waits out Orleans' 30 s response timeout up to three times before it is replanned.
    private static readonly TimeSpan WorkTimeout = TimeSpan.FromSeconds(210);

    // Each fault lasts well under Orleans' default probe timeout: the nodes suffer it, none is declared dead.
    private static readonly TimeSpan FaultSpell = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(40);
    private const int MaxFaultCycles = 8;

    [Fact]
    public async Task DelayedDroppedAndCutLinksLoseAndRepeatNoMessageApprovalOrEvent()
    {
        var proxies = new List<TcpFaultProxy>();
        try
        {
            var routes = new List<(SiloRoute Route, TcpFaultProxy Silo, TcpFaultProxy Database)>();
            for (var i = 0; i < 2; i++)
            {
                var listenPort = FreePort.Next();
                var silo = TcpFaultProxy.Start("127.0.0.1", listenPort);
                var database = TcpFaultProxy.Start("127.0.0.1", Postgres.Port);
                proxies.AddRange([silo, database]);
                var connectionString = new NpgsqlConnectionStringBuilder(Postgres.ConnectionString) { Port = database.Port }.ConnectionString;
                routes.Add((new SiloRoute(connectionString, silo.Port, listenPort), silo, database));
            }

            await RunAsync(routes);
        }
        finally
        {
            foreach (var proxy in proxies)
            {
                await proxy.DisposeAsync();
            }
        }
    }

    private async Task RunAsync(List<(SiloRoute Route, TcpFaultProxy Silo, TcpFaultProxy Database)> routes)
    {
        // A fault spell must not get a node declared dead, even when CPU starvation delays the probes between spells.
        var nodes = await SiloProcess.StartReadyAsync([.. routes.Select(r => r.Route)], ClusterRecruiter.NodeSettings(SiloProcess.PatientFailureDetection), StartTimeout);
        await using var node0 = nodes[0];
        await using var node1 = nodes[1];
        Phase("both silos ready, reached through their proxies");
        using var orleans = await ClusterClient.ConnectAsync(Postgres.ConnectionString);
        var cluster = orleans.Services.GetRequiredService<IClusterClient>();
        var supervisor = cluster.GetGrain<IRecruiterSupervisor>(GrainKeys.Recruiter("acme", "ana"));

        // The recruiter talks to the node that does not host the assistant (R), so each of its calls crosses a silo link.
        await SiloProcess.ExplainFailureAsync(nodes, () => Wait.UntilAsync(() => ClusterRecruiter.AnswersAsync(new NodeGraphQL(nodes[0], ClusterRecruiter.ApiKey)), WorkTimeout, "the assistant answers"));
        var host = await ClusterClient.WhereIsAsync(cluster, supervisor);
        var s = Array.FindIndex(nodes, n => n.Endpoint == host);
        Assert.True(s >= 0, $"the assistant is on {host}, not on a test node");
        var onR = new NodeGraphQL(nodes[1 - s], ClusterRecruiter.ApiKey);
        Phase($"the assistant is on {host}; the recruiter talks to {onR.Node.Endpoint}");

        // The assistant's node's PostgreSQL connections and both nodes' silo links (each node's inbound proxy).
        TcpFaultProxy[] faulted = [routes[s].Database, routes[0].Silo, routes[1].Silo];
        var subscriptions = new List<RecordedSubscription> { await RecordedSubscription.StartAsync(onR.Node.WebSocket, ClusterRecruiter.ApiKey, after: 0) };
        using var stopFaults = new CancellationTokenSource();
        var decided = new List<string>();
        // The faults go on until the recruiter has made both decisions through them (or for a bounded number of cycles).
        var faults = InjectFaultsAsync(faulted, () => decided.Count >= 2, stopFaults.Token);
        // Like a client whose connection died (a fault cut it, or its node closed it): it resumes from its cursor.
        async Task ResumeIfEndedAsync()
        {
            if (subscriptions[^1].EndedBy is { } endedBy)
            {
                Phase($"subscription {subscriptions.Count} ended at {subscriptions[^1].Cursor} ({endedBy[..Math.Min(endedBy.Length, 200)]}); resuming");
                subscriptions.Add(await RecordedSubscription.StartAsync(onR.Node.WebSocket, ClusterRecruiter.ApiKey, subscriptions[^1].Cursor));
            }
        }

        var sent = 0;
        var failedCalls = 0;
        List<LoggedEvent> log = [];
        try
        {
            await SiloProcess.ExplainFailureAsync(nodes, () => Wait.UntilAsync(async () =>
            {
                try
                {
                    await ResumeIfEndedAsync();
                    // The next message once the last one is in the log; one whose answer was lost is sent again with its id.
                    if (sent < Messages.Length && log.Count(e => e.Kind == "MESSAGE_RECEIVED") >= sent)
                    {
                        await ClusterRecruiter.SendAsync(onR, Messages[sent].Id, Messages[sent].Text);
                        sent++;
                    }

                    var seen = log.Count;
                    log = await ClusterRecruiter.DecideWhenWaitingAsync(onR, decided);
                    foreach (var e in log.Skip(seen))
                    {
                        Phase($"event {e}");
                    }

                    return faults.IsCompleted && sent == Messages.Length && decided.Count > 0 && await ClusterRecruiter.AllDoneAsync(onR, log, Messages.Length);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or JsonException or KeyNotFoundException or WebSocketException)
                {
                    // A call the faults broke (timed out, reset, or answered with an error by a node that could not reach the assistant): made again.
                    if (failedCalls++ % 10 == 0)
                    {
                        Phase($"call failed ({failedCalls} so far): {e.GetType().Name}: {e.Message[..Math.Min(e.Message.Length, 400)]}");
                    }

                    return false;
                }
            }, WorkTimeout, "every plan finished through the faults"));
            Phase($"all plans finished; the log holds {log.Count} events; {failedCalls} of the recruiter's calls failed and were made again");
            await SiloProcess.ExplainFailureAsync(nodes, () => Wait.UntilAsync(async () =>
            {
                try
                {
                    await ResumeIfEndedAsync();
                    return subscriptions[^1].Cursor >= log[^1].Sequence;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or WebSocketException or InvalidOperationException)
                {
                    return false;
                }
            }, WorkTimeout, "the subscription reached the end of the log"));
        }
        finally
        {
            await stopFaults.CancelAsync();
            await faults;
            foreach (var subscription in subscriptions)
            {
                await subscription.DisposeAsync();
            }
        }

        Output.WriteLine(string.Join('\n', log));
        Phase($"connections through the proxies: {string.Join(", ", routes.Select((r, i) => $"node {i} silo {r.Silo.Accepted}, database {r.Database.Accepted}"))}");
        try
        {
            // The faults met real traffic: the silos reached each other and the assistant's node its database through the
            // proxies. Orleans sends both ways over a link either silo opened, so one node's inbound proxy may never be
            // connected to (a clean-clone run saw node 0's accept nothing while every call crossed node 1's); both are faulted.
            Assert.True(routes.Sum(r => r.Silo.Accepted) > 0, "no silo link ran through a proxy");
            Assert.True(routes[s].Database.Accepted > 0, "the assistant's node never reached its database through its proxy");
            // Across the subscriptions, every event of the log once, in order.
            Assert.Equal(log.Select(e => e.Sequence), subscriptions.SelectMany(x => x.Sequences));
            await ClusterRecruiter.AssertEachOnceAsync(onR, log, Messages, decided);
        }
        catch (Exception e)
        {
            // Last in the output, which is the part of a long run's log a reader sees first.
            // What the assistant's own log says about its writes, from both nodes (it may have moved).
            foreach (var line in nodes.SelectMany(n => n.Output.Split('\n')).Where(l => l.Contains("Hiring.Agents.Supervisor", StringComparison.Ordinal)))
            {
                Output.WriteLine(line);
            }

            Phase($"check failed: {e.Message}; subscriptions received {string.Join(" | ", subscriptions.Select(x => string.Join(',', x.Sequences)))}");
            throw;
        }
    }

    /// <summary>
    /// Cycles through the faults on <paramref name="proxies"/> while the recruiter works, until <paramref name="enough"/>
    /// (at least twice, at most <see cref="MaxFaultCycles"/> times): latency, then a drop, then a cut of every open
    /// connection, each for <see cref="FaultSpell"/>; then normal again.
    /// </summary>
    private async Task InjectFaultsAsync(TcpFaultProxy[] proxies, Func<bool> enough, CancellationToken stop)
    {
        try
        {
            for (var cycle = 1; cycle <= MaxFaultCycles && (cycle <= 2 || !enough()); cycle++)
            {
                Apply(p => p.Delay(Latency));
                await Task.Delay(FaultSpell, stop);
                Apply(p => p.Drop());
                await Task.Delay(FaultSpell, stop);
                Apply(p => p.Restore());
                Apply(p => p.Cut());
                await Task.Delay(FaultSpell, stop);
                Apply(p => p.Cut());
                Phase($"fault cycle {cycle} done");
            }
        }
        catch (OperationCanceledException)
        {
            // The test ended first.
        }
        finally
        {
            Apply(p => p.Restore());
        }

        void Apply(Action<TcpFaultProxy> fault)
        {
            foreach (var proxy in proxies)
            {
                fault(proxy);
            }
        }
    }
}
