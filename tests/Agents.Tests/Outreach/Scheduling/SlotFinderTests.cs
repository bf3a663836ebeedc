using Hiring.Agents.Outreach.Scheduling;
using Hiring.Contracts.Scheduling;

namespace Hiring.Agents.Tests.Outreach.Scheduling;

/// <summary>Slots cut from weekly windows in the recruiter's zone: across a daylight-saving change, in two zones, and around what is taken.</summary>
public sealed class SlotFinderTests
{
    private static readonly DateTimeOffset LongAgo = DateTimeOffset.UnixEpoch;

    [Fact]
    public void ATwoOClockWindowStaysAtTwoLocalAcrossTheSpringChange()
    {
        var tuesdays = Availability("Europe/Berlin", (DayOfWeek.Tuesday, 14, 0, 14, 30));

        var slots = SlotFinder.Find(tuesdays, new DateOnly(2027, 3, 23), new DateOnly(2027, 3, 30), 30, 5, [], LongAgo);

        // Berlin is UTC+1 before Sunday 28 March 2027 and UTC+2 after it.
        Assert.Equal([Utc(2027, 3, 23, 13, 0), Utc(2027, 3, 30, 12, 0)], slots);
    }

    [Theory]
    [InlineData("Europe/Berlin", 13)]
    [InlineData("America/New_York", 19)]
    public void TheSameWindowIsADifferentInstantInEachZone(string zone, int utcHour)
    {
        var slots = SlotFinder.Find(Availability(zone, (DayOfWeek.Tuesday, 14, 0, 15, 0)), new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 8), 30, 5, [], LongAgo);

        Assert.Equal([Utc(2026, 12, 8, utcHour, 0), Utc(2026, 12, 8, utcHour, 30)], slots);
    }

    [Fact]
    public void ALocalTimeTheSpringChangeSkipsIsNeverOffered()
    {
        var night = Availability("Europe/Berlin", (DayOfWeek.Sunday, 1, 30, 3, 30));

        var slots = SlotFinder.Find(night, new DateOnly(2027, 3, 28), new DateOnly(2027, 3, 28), 30, 5, [], LongAgo);

        // 02:00 and 02:30 do not exist that night; 01:30 is UTC+1, 03:00 already UTC+2.
        Assert.Equal([Utc(2027, 3, 28, 0, 30), Utc(2027, 3, 28, 1, 0)], slots);
    }

    [Fact]
    public void SlotsAreSpreadOverTheDaysBeforeASecondOneOnTheSameDay()
    {
        var slots = SlotFinder.Find(SchedulingHarness.Berlin, new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 13), 30, 3, [], LongAgo);

        Assert.Equal([Utc(2026, 12, 8, 13, 0), Utc(2026, 12, 8, 13, 30), Utc(2026, 12, 10, 13, 0)], slots);
    }

    [Fact]
    public void BookedTimesStartedSlotsAndDaysOffAreSkipped()
    {
        var availability = SchedulingHarness.Berlin with { DaysOff = [new DateOnly(2026, 12, 10)] };
        var booked = (Utc(2026, 12, 8, 13, 15), Utc(2026, 12, 8, 13, 45));

        var slots = SlotFinder.Find(availability, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 13), 30, 4, [booked], notBefore: Utc(2026, 12, 3, 13, 30));

        // The grid stays on the half hours: 13:00Z and 13:30Z on the 8th overlap the booking; the 10th is off.
        Assert.Equal([Utc(2026, 12, 3, 13, 30), Utc(2026, 12, 3, 14, 0), Utc(2026, 12, 8, 14, 0), Utc(2026, 12, 8, 14, 30)], slots);
    }

    private static RecruiterAvailability Availability(string zone, params (DayOfWeek Day, int FromHour, int FromMinute, int ToHour, int ToMinute)[] windows) =>
        new(zone, [.. windows.Select(w => new AvailabilityWindow(w.Day, new TimeOnly(w.FromHour, w.FromMinute), new TimeOnly(w.ToHour, w.ToMinute)))], []);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
