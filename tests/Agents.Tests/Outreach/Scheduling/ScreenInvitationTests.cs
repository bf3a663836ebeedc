using Hiring.Agents.Outreach.Scheduling;
using Hiring.Contracts.Scheduling;
using Ical.Net;

namespace Hiring.Agents.Tests.Outreach.Scheduling;

/// <summary>The invitation parses back with Ical.Net to the same instant, in the recruiter's zone.</summary>
public sealed class ScreenInvitationTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 8, 13, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Europe/Berlin", 14)]
    [InlineData("America/New_York", 8)]
    public void TheInvitationParsesBackWithTheRecruitersZoneAndTheSameInstant(string zone, int localHour)
    {
        var text = ScreenInvitation.Write(Booked(zone), "Screen: Maria Lopez", "A call.", Start);

        var calendar = Calendar.Load(text)!;
        var invite = Assert.Single(calendar.Events);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(zone, Assert.Single(calendar.TimeZones).TzId);
        Assert.Equal(zone, invite.DtStart!.TzId);
        Assert.Equal(localHour, invite.DtStart.Hour);
        Assert.Equal(Start.UtcDateTime, invite.DtStart.AsUtc);
        Assert.Equal(Start.AddMinutes(30).UtcDateTime, invite.DtEnd!.AsUtc);
        Assert.Equal(ScreenInvitation.Uid("s-1"), invite.Uid);
        Assert.Equal(0, invite.Sequence);
    }

    [Fact]
    public void ACancelledScreenIsACancelWithTheSameUid()
    {
        var text = ScreenInvitation.Write(Booked("Europe/Berlin") with { Status = ScreenStatus.Cancelled, Sequence = 1 }, "Screen", "A call.", Start);

        var calendar = Calendar.Load(text)!;
        var invite = Assert.Single(calendar.Events);
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("CANCELLED", invite.Status);
        Assert.Equal((ScreenInvitation.Uid("s-1"), 1), (invite.Uid, invite.Sequence));
    }

    private static Screen Booked(string zone) =>
        new("s-1", "p1", "maria", "acme/ana", "t-1", zone, 30, [Start], ScreenStatus.Booked, Start, 0);
}
