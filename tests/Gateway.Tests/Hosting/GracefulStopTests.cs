using Hiring.Agents.Identity;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Cli;
using Hiring.Gateway.Hosting;
using Hiring.Gateway.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hiring.Gateway.Tests.Hosting;

public sealed class GracefulStopTests
{
    private const string Tenant = "acme";
    private const int Recruiters = 6;
    private const int MessagesEach = 15;

    private static readonly string[] Texts =
    [
        "senior backend engineer in Berlin, Go and Kubernetes",
        "find candidates",
        "thanks",
    ];

    [Fact]
    public async Task StoppingWhileSupervisorsWorkLogsNoErrorsAndLosesNoAcknowledgedMessage()
    {
        using var data = new TempDataDirectory();
        var logs = new CapturedLogs();
        var acknowledged = new List<(string Recruiter, string MessageId)>();
        int before;
        await using (var gateway = await RunningGateway.StartAsync(data.Path, services: s => s.AddSingleton<ILoggerProvider>(logs)))
        {
            using (TenantScope.For(Tenant))
            {
                // Every recruiter's inbox is still far from drained when the stop comes: their background work is mid-plan.
                await Parallel.ForEachAsync(Enumerable.Range(0, Recruiters), async (r, _) =>
                {
                    var recruiter = GrainKeys.Recruiter(Tenant, $"busy{r}");
                    var supervisor = gateway.Grains.GetGrain<IRecruiterSupervisor>(recruiter);
                    for (var i = 0; i < MessagesEach; i++)
                    {
                        var ack = await supervisor.Post(new MessageEnvelope($"m{r}-{i}", Texts[i % Texts.Length]));
                        lock (acknowledged)
                        {
                            acknowledged.Add((recruiter, ack.ClientMessageId));
                        }
                    }
                });
            }

            before = logs.Entries.Count;
            // What SIGTERM and Ctrl+C do: the host's graceful stop. The dispose that follows is part of it.
            await gateway.App.StopAsync();
        }

        // Orleans' in-memory stream receiver reports its own pull being cancelled by the silo's stop (an OperationCanceledException
        // from inside Orleans.Streams, under load); that is Orleans stopping, not our code failing, and nothing is lost (checked below).
        var noisy = logs.Entries.Skip(before)
            .Where(e => e.Level >= LogLevel.Error || (e.Level >= LogLevel.Warning && e.Exception is not null))
            .Where(e => !(e.Exception is OperationCanceledException && e.Category.StartsWith("Orleans.", StringComparison.Ordinal)
                && (e.Category.Contains("Stream", StringComparison.Ordinal) || e.Category.Contains("MemoryAdapter", StringComparison.Ordinal))))
            .ToList();
        Assert.True(noisy.Count == 0, $"{noisy.Count} entries during the stop, first:\n{string.Join("\n", noisy.Take(8).Select(e => $"{e.Level} {e.Category}: {e.Message} ({e.Exception?.GetType().Name})"))}");

        await using var restarted = await RunningGateway.StartAsync(data.Path);
        using (TenantScope.For(Tenant))
        {
            foreach (var group in acknowledged.GroupBy(a => a.Recruiter))
            {
                var page = await restarted.Grains.GetGrain<IRecruiterSupervisor>(group.Key).Conversation(null, 500);
                var kept = page.Turns.Where(t => t.Role == ConversationRole.Recruiter).Select(t => t.ClientMessageId).ToHashSet();
                Assert.All(group, a => Assert.Contains(a.MessageId, kept));
            }
        }
    }

    [Fact]
    public async Task CtrlCAndSigtermLeaveTheHostItsWholeGracefulStop()
    {
        using var data = new TempDataDirectory();
        await using var app = GatewayApp.Build([], new Dictionary<string, string?> { [HiringSettings.DataDir] = data.Path });

        // System.CommandLine's default ends the process two seconds after the signal, before the silo has stopped.
        var hostStop = app.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;
        Assert.True(HiringCommandLine.Invocation().ProcessTerminationTimeout > hostStop);
    }
}
