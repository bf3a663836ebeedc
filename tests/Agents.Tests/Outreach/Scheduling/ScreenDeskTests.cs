using Hiring.Agents.Outreach.Scheduling;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Ical.Net;

namespace Hiring.Agents.Tests.Outreach.Scheduling;

/// <summary>The candidate's pick, the recruiter's move and a cancellation: one booking per half hour, one UID per screen.</summary>
public sealed class ScreenDeskTests : IDisposable
{
    private readonly SchedulingHarness _scheduling = new();

    public void Dispose() => _scheduling.Dispose();

    [Fact]
    public async Task APickBooksTheSlotAndSendsTheInvitationAndTellsTheRecruiter()
    {
        var offered = await OfferAsync(Candidates.Engineer, "Maria");

        var outcome = await PickAsync(Candidates.Engineer, offered.Slots[1]);

        Assert.Equal((ScreenStatus.Booked, offered.Slots[1], 0), (outcome.Screen.Status, outcome.Screen.Start, outcome.Screen.Sequence));
        var notice = Assert.Single(outcome.Notices);
        Assert.Equal(AssistantEventKind.CandidateScreenBooked, notice.Kind);
        Assert.Contains("Maria Lopez booked a screen", notice.Text, StringComparison.Ordinal);
        var invitation = (await _scheduling.BookAsync()).Invitation(offered.Id)!;
        Assert.Equal(offered.Slots[1].UtcDateTime, Assert.Single(Calendar.Load(invitation)!.Events).DtStart!.AsUtc);
        Assert.Contains("is booked for", (await _scheduling.InboxOfAsync(Candidates.Engineer.Id))[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASlotAnotherCandidateTookIsRefusedAndTheirScreenStaysOffered()
    {
        var maria = await OfferAsync(Candidates.Engineer, "Maria");
        var tomas = await OfferAsync(Candidates.Analyst, "Tomás");
        var shared = maria.Slots.Intersect(tomas.Slots).First();
        await PickAsync(Candidates.Engineer, shared);

        var refused = await Assert.ThrowsAsync<AssistantRefusalException>(() => PickAsync(Candidates.Analyst, shared));

        Assert.Equal(RefusalCodes.Conflict, refused.Code);
        Assert.Contains("just taken", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ScreenStatus.Proposed, (await _scheduling.BookAsync()).Find(tomas.Id)!.Status);
    }

    [Fact]
    public async Task ASlotThatWasNotOfferedIsRefused()
    {
        var offered = await OfferAsync(Candidates.Engineer, "Maria");

        var refused = await Assert.ThrowsAsync<AssistantRefusalException>(() => PickAsync(Candidates.Engineer, offered.Slots[0].AddMinutes(5)));

        Assert.Equal(RefusalCodes.Invalid, refused.Code);
        Assert.Equal(ScreenStatus.Proposed, (await _scheduling.BookAsync()).Find(offered.Id)!.Status);
    }

    [Fact]
    public async Task AnOfferedTimeThatHasPassedIsRefused()
    {
        var offered = await OfferAsync(Candidates.Engineer, "Maria");
        _scheduling.Time.SetUtcNow(offered.Slots[0].AddMinutes(1));

        var refused = await Assert.ThrowsAsync<AssistantRefusalException>(() => PickAsync(Candidates.Engineer, offered.Slots[0]));

        Assert.Contains("past", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ScreenStatus.Proposed, (await _scheduling.BookAsync()).Find(offered.Id)!.Status);
    }

    [Fact]
    public async Task AMoveKeepsTheUidAndRaisesTheSequence()
    {
        var offered = await OfferAsync(Candidates.Engineer, "Maria");
        await PickAsync(Candidates.Engineer, offered.Slots[0]);
        var first = Event((await _scheduling.BookAsync()).Invitation(offered.Id)!);
        var later = offered.Slots[0].AddDays(2).AddHours(1);

        var moved = await _scheduling.Desk.MoveAsync(SchedulingHarness.Tenant, SchedulingHarness.ProjectId, _scheduling.Project, offered.Id, later);

        var second = Event((await _scheduling.BookAsync()).Invitation(offered.Id)!);
        Assert.Equal(first.Uid, second.Uid);
        Assert.True(second.Sequence > first.Sequence, $"SEQUENCE {second.Sequence} is not above {first.Sequence}");
        Assert.Equal(later.UtcDateTime, second.DtStart!.AsUtc);
        Assert.Empty(moved.Notices);
        Assert.Contains("moved to", (await _scheduling.InboxOfAsync(Candidates.Engineer.Id))[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACancellationSendsMethodCancelAndFreesTheSlot()
    {
        var offered = await OfferAsync(Candidates.Engineer, "Maria");
        await PickAsync(Candidates.Engineer, offered.Slots[0]);
        var thread = (await _scheduling.LastMessageToAsync(Candidates.Engineer.Id)).ThreadId;

        var cancelled = await _scheduling.Desk.CancelAsync(SchedulingHarness.Tenant, SchedulingHarness.ProjectId, _scheduling.Project, offered.Id, thread);

        var invitation = (await _scheduling.BookAsync()).Invitation(offered.Id)!;
        Assert.Contains("METHOD:CANCEL", invitation, StringComparison.Ordinal);
        Assert.Equal("CANCEL", Calendar.Load(invitation)!.Method);
        Assert.Equal((ScreenStatus.Cancelled, 1), (cancelled.Screen.Status, cancelled.Screen.Sequence));
        Assert.Equal(AssistantEventKind.CandidateScreenCancelled, Assert.Single(cancelled.Notices).Kind);
        Assert.Empty((await _scheduling.BookAsync()).Busy(SchedulingHarness.Recruiter));
    }

    private async Task<Screen> OfferAsync(CandidateProfile candidate, string name)
    {
        if (!_scheduling.Project.Pipeline.Any(e => e.CandidateId == candidate.Id))
        {
            await _scheduling.InPipelineAsync((candidate, 0.5));
        }

        await _scheduling.ScheduleAsync($"schedule a screen with {name} next week", name);
        return (await _scheduling.BookAsync()).OfProject(SchedulingHarness.ProjectId).First(s => s.CandidateId == candidate.Id);
    }

    private async Task<ScreenOutcome> PickAsync(CandidateProfile candidate, DateTimeOffset start)
    {
        var message = await _scheduling.LastMessageToAsync(candidate.Id);
        return await _scheduling.Desk.PickAsync(SchedulingHarness.Tenant, SchedulingHarness.ProjectId, _scheduling.Project, message.ThreadId, message.Id, start);
    }

    private static Ical.Net.CalendarComponents.CalendarEvent Event(string invitation) => Assert.Single(Calendar.Load(invitation)!.Events);
}
