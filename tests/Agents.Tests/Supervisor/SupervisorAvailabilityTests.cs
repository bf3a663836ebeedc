using Hiring.Agents.Identity;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor;

/// <summary>The recruiter's availability said in chat is kept where the settings page keeps it, and said back.</summary>
[Collection(SupervisorClusterCollection.Name)]
public sealed class SupervisorAvailabilityTests(SupervisorClusterFixture fixture)
{
    /// <summary>The first message in a cluster loads the planner's model; the live stream waits without holding the grain.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private IRecruiterSupervisor Supervisor(string tenant) => fixture.Cluster.Client.GetGrain<IRecruiterSupervisor>($"{tenant}/ana");

    /// <summary>What the recruiter's assistant tells the app, then what it replies to <paramref name="message"/>.</summary>
    private async Task<(StreamRecorder Stream, AssistantEvent Reply)> SayAsync(string tenant, string message)
    {
        var stream = await StreamRecorder.SubscribeAsync(fixture.Cluster.Client, $"{tenant}/ana");
        await Supervisor(tenant).Post(new MessageEnvelope("m-1", message));
        return (stream, await stream.WaitForAsync(e => e.Kind == AssistantEventKind.Reply, "the reply", Patience));
    }

    [Fact]
    public async Task SayingWhenYouTakeScreensInChatChangesTheAvailabilityAndTellsTheApp()
    {
        const string tenant = "availability-chat";
        using var scope = TenantScope.For(tenant);
        var supervisor = Supervisor(tenant);
        var (stream, reply) = await SayAsync(tenant, "I take screens Tue and Thu 2-5pm CET");
        await using var listening = stream;
        var changed = await stream.WaitForAsync(e => e.Kind == AssistantEventKind.AvailabilityChanged, "the availability change", Patience);

        var kept = await supervisor.GetAvailability();
        Assert.Equal("Europe/Berlin", kept!.TimeZone);
        Assert.Equal(
            [new AvailabilityWindow(DayOfWeek.Tuesday, new TimeOnly(14, 0), new TimeOnly(17, 0)), new AvailabilityWindow(DayOfWeek.Thursday, new TimeOnly(14, 0), new TimeOnly(17, 0))],
            kept.Windows);
        Assert.Contains("Tuesday and Thursday 14:00–17:00 (Europe/Berlin)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("(Europe/Berlin)", changed.Text, StringComparison.Ordinal);

        await supervisor.Post(new MessageEnvelope("a-2", "not on Dec 24"));
        await stream.WaitForAsync(e => e.Kind == AssistantEventKind.AvailabilityChanged && e.PlanId == "m2", "the day off", Patience);

        var withDayOff = await supervisor.GetAvailability();
        Assert.Equal(12, Assert.Single(withDayOff!.DaysOff).Month);
        Assert.Equal(kept.Windows, withDayOff.Windows);
    }

    [Fact]
    public async Task HoursWithoutAmOrPmAreAskedAboutAndNothingChanges()
    {
        const string tenant = "availability-ask";
        using var scope = TenantScope.For(tenant);
        var (stream, asked) = await SayAsync(tenant, "I take screens Tue and Thu 2-5 CET");
        await using var listening = stream;

        Assert.Contains("in the morning or the afternoon", asked.Text, StringComparison.Ordinal);
        Assert.Null(await Supervisor(tenant).GetAvailability());
    }
}
