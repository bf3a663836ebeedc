using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>
/// A state change and the events that announce it are one durable write, so a message waits for as
/// few group commits as its work allows.
/// </summary>
public sealed class SupervisorDurableWritesTests
{
    [Fact]
    public async Task AThanksCostsTwoDurableWritesItsPostIncluded()
    {
        const string tenant = "durable-writes";
        using var scope = TenantScope.For(tenant);
        using var data = new TempDataDirectory();
        // The wake-up reminder, registered by the first post, does not fire during the test: its removal would be a write too.
        await using var cluster = await SupervisorTestCluster.StartAsync(data.Path, new Dictionary<string, string?> { ["Hiring:Supervisor:WakePeriod"] = "01:00:00" });
        var writer = WriterOf(cluster);
        var supervisor = cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");
        var warm = await supervisor.Post(new MessageEnvelope("warm", "thanks"));
        var warmEnd = await supervisor.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == $"m{warm.InboxSequence}", "the first plan");

        // The silo writes on its own too (membership, reminders), so a message is measured three times and the
        // quietest count is the message's own: a regression raises every one of them.
        var counts = new List<long>();
        var last = warmEnd;
        for (var i = 0; i < 3; i++)
        {
            var before = writer.Writes;
            var ack = await supervisor.Post(new MessageEnvelope($"measured-{i}", "thanks"));
            var end = await supervisor.WaitForAsync(e => e.Kind == AssistantEventKind.PlanCompleted && e.PlanId == $"m{ack.InboxSequence}", "the measured plan");
            counts.Add(writer.Writes - before);

            Assert.Equal(
                [AssistantEventKind.MessageReceived, AssistantEventKind.PlanCreated, AssistantEventKind.StepStarted, AssistantEventKind.Reply, AssistantEventKind.StepCompleted, AssistantEventKind.PlanCompleted],
                (await supervisor.EventsAfter(last.Sequence, 100)).Select(e => e.Kind));
            last = end;
        }

        // The post (inbox, conversation, MessageReceived); then the whole plan, answered from what the supervisor
        // already holds: PlanCreated, StepStarted, the reply, StepCompleted and PlanCompleted in one write. Nine
        // before a state write and its events were one; four before a plan the supervisor answers itself was one.
        Assert.Equal(2, counts.Min());
        await cluster.StopAllSilosAsync();
    }

    [Fact]
    public async Task OneRecruitersPostsSentAtOnceShareGroupCommits()
    {
        const string tenant = "shared-commits";
        using var scope = TenantScope.For(tenant);
        using var data = new TempDataDirectory();
        await using var cluster = await SupervisorTestCluster.StartAsync(data.Path, new Dictionary<string, string?> { ["Hiring:Supervisor:MaxInbox"] = "100", ["Hiring:Supervisor:WakePeriod"] = "01:00:00" });
        var writer = WriterOf(cluster);
        var supervisor = cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");
        await supervisor.Post(new MessageEnvelope("warm", "thanks"));

        var before = writer.Commits;
        var acks = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => supervisor.Post(new MessageEnvelope($"at-once-{i}", "thanks"))));
        var commits = writer.Commits - before;

        // One post at a time would take a commit each, 40 at least; the replies written meanwhile only add to that.
        Assert.Equal(Enumerable.Range(2, 40).Select(n => (long)n), acks.Select(a => a.InboxSequence).Order());
        Assert.True(commits < 40, $"{commits} group commits for 40 posts sent at once");
        await cluster.StopAllSilosAsync();
    }

    private static SqliteWriter WriterOf(InProcessTestCluster cluster) =>
        ((InProcessSiloHandle)cluster.Silos[0]).SiloHost.Services.GetRequiredService<SqliteDatabase>().Writer;
}
