using Hiring.Agents.Autopilot;
using Hiring.Contracts.Autopilot;

namespace Hiring.Agents.Tests.Autopilot;

public sealed class AutopilotCalendarTests
{
    [Fact]
    public void ANightlyRunStartsAtTheRecruitersLocalTimeTheSameNightOrTheNext()
    {
        var berlin = new AutopilotSchedule(AutopilotCadence.Nightly, new TimeOnly(2, 0), "Europe/Berlin");

        // 20:00 UTC on 4 December is 21:00 in Berlin: the run is at 02:00 Berlin, 01:00 UTC, the next morning.
        Assert.Equal(Utc("2026-12-05T01:00:00Z"), AutopilotCalendar.Next(berlin, Utc("2026-12-04T20:00:00Z")));
        // Just after the run's time it is tomorrow's.
        Assert.Equal(Utc("2026-12-06T01:00:00Z"), AutopilotCalendar.Next(berlin, Utc("2026-12-05T01:00:01Z")));
        // Summer time: 02:00 Berlin is 00:00 UTC.
        Assert.Equal(Utc("2026-07-02T00:00:00Z"), AutopilotCalendar.Next(berlin, Utc("2026-07-01T12:00:00Z")));
    }

    [Fact]
    public void ATimeTheClocksSkipRunsAnHourLaterThatNight()
    {
        // Clocks in Berlin go from 02:00 to 03:00 on 29 March 2026.
        var skipped = new AutopilotSchedule(AutopilotCadence.Nightly, new TimeOnly(2, 30), "Europe/Berlin");

        Assert.Equal(Utc("2026-03-29T01:30:00Z"), AutopilotCalendar.Next(skipped, Utc("2026-03-28T12:00:00Z")));
    }

    [Fact]
    public void EveryNHoursCountsFromNowAndWithoutAZoneNightlyIsUtc()
    {
        Assert.Equal(Utc("2026-12-04T16:00:00Z"), AutopilotCalendar.Next(new AutopilotSchedule(AutopilotCadence.EveryHours, Hours: 6), Utc("2026-12-04T10:00:00Z")));
        Assert.Equal(Utc("2026-12-05T02:00:00Z"), AutopilotCalendar.Next(AutopilotSchedule.Nightly, Utc("2026-12-04T10:00:00Z")));
    }

    [Theory]
    [InlineData(AutopilotCadence.EveryHours, 0, null)]
    [InlineData(AutopilotCadence.EveryHours, 169, null)]
    [InlineData(AutopilotCadence.EveryHours, null, null)]
    [InlineData(AutopilotCadence.Nightly, null, "Mars/Olympus_Mons")]
    [InlineData((AutopilotCadence)7, null, null)]
    public void ASchedulThatCannotRunIsNamedWithTheReason(AutopilotCadence cadence, int? hours, string? zone)
    {
        Assert.NotNull(AutopilotCalendar.Problem(new AutopilotSchedule(cadence, null, zone, hours)));
    }

    [Fact]
    public void SchedulesThatCanRunHaveNoProblem()
    {
        Assert.Null(AutopilotCalendar.Problem(AutopilotSchedule.Nightly));
        Assert.Null(AutopilotCalendar.Problem(new AutopilotSchedule(AutopilotCadence.Nightly, new TimeOnly(23, 30), "America/New_York")));
        Assert.Null(AutopilotCalendar.Problem(new AutopilotSchedule(AutopilotCadence.EveryHours, Hours: 168)));
    }

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
