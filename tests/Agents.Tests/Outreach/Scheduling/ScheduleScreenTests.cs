using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Scheduling;

namespace Hiring.Agents.Tests.Outreach.Scheduling;

/// <summary>schedule-screen: who is meant, the slots offered from the recruiter's availability, and what stops an offer.</summary>
public sealed class ScheduleScreenTests : IDisposable
{
    private readonly SchedulingHarness _scheduling = new();

    public void Dispose() => _scheduling.Dispose();

    [Fact]
    public async Task TheSecondOneIsOfferedSlotsOfNextWeekInTheRecruitersWindows()
    {
        await _scheduling.InPipelineAsync((Candidates.Engineer, 0.9), (Candidates.Analyst, 0.4));

        var outcome = await _scheduling.ScheduleAsync("schedule a screen with the second one next week");

        var screen = Assert.Single((await _scheduling.BookAsync()).OfProject(SchedulingHarness.ProjectId));
        Assert.Equal((Candidates.Analyst.Id, ScreenStatus.Proposed, 30), (screen.CandidateId, screen.Status, screen.Minutes));
        Assert.Equal(screen.Id, outcome.Outputs[StepValueNames.ScreenId]);
        Assert.Equal(4, screen.Slots.Count);
        // Next week is 7-13 December; the windows are Tuesday and Thursday 14:00-17:00 in Berlin (13:00-16:00 UTC).
        Assert.All(screen.Slots, s => Assert.True(s.Day is 8 or 10 && s.Hour is >= 13 and < 16, $"{s:u} is outside the windows"));
        Assert.Contains("Dr. Tomás Ruiz", outcome.Summary, StringComparison.Ordinal);
        var offer = Assert.Single(await _scheduling.InboxOfAsync(Candidates.Analyst.Id));
        Assert.Contains("Tue 8 Dec 2026, 14:00 (UTC+01:00)", offer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACandidateOnTheDoNotContactListIsOfferedNothing()
    {
        await _scheduling.InPipelineAsync((Candidates.Engineer, 0.9));
        await (await _scheduling.LedgerAsync()).AddDoNotContactAsync(Candidates.Engineer.Id, "asked not to be contacted", "ana");

        var outcome = await _scheduling.ScheduleAsync("schedule a screen with Maria next week", "Maria");

        Assert.Contains("do-not-contact", outcome.Summary, StringComparison.Ordinal);
        Assert.False(outcome.Outputs.ContainsKey(StepValueNames.ScreenId));
        Assert.Empty((await _scheduling.BookAsync()).OfProject(SchedulingHarness.ProjectId));
        Assert.Empty(await _scheduling.InboxOfAsync(Candidates.Engineer.Id));
    }

    [Fact]
    public async Task WithoutAvailabilityTheRecruiterIsAskedForItAndNothingIsOffered()
    {
        await _scheduling.InPipelineAsync((Candidates.Engineer, 0.9));
        _scheduling.Availability = null;

        var outcome = await _scheduling.ScheduleAsync("schedule a screen with Maria", "Maria");

        Assert.Contains("availability", outcome.Question, StringComparison.Ordinal);
        Assert.Empty((await _scheduling.BookAsync()).OfProject(SchedulingHarness.ProjectId));
    }

    [Fact]
    public async Task TheSameStepRunTwiceOffersOnce()
    {
        await _scheduling.InPipelineAsync((Candidates.Engineer, 0.9));

        await _scheduling.ScheduleAsync("schedule a screen with Maria next week", "Maria", key: "acme/ana/m1/s1");
        await _scheduling.ScheduleAsync("schedule a screen with Maria next week", "Maria", key: "acme/ana/m1/s1");

        Assert.Single((await _scheduling.BookAsync()).OfProject(SchedulingHarness.ProjectId));
        Assert.Single(await _scheduling.InboxOfAsync(Candidates.Engineer.Id));
    }
}
