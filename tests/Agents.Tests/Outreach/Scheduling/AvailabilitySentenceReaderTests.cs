using Hiring.Agents.Outreach.Scheduling;
using Hiring.Agents.Tests.Policy;
using Hiring.Contracts.Scheduling;

namespace Hiring.Agents.Tests.Outreach.Scheduling;

/// <summary>What the built-in reader takes from a recruiter's words about when they take screens, and what it asks rather than guess.</summary>
public sealed class AvailabilitySentenceReaderTests
{
    private static readonly Lazy<AvailabilitySentenceReader> SharedReader = new(() => new AvailabilitySentenceReader(Phrases));
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly RecruiterAvailability Mondays = new("America/New_York", [Window(DayOfWeek.Monday, "09:00", "10:00")], []);

    private static AvailabilityPhrases Phrases => LazyPhrases.Value;

    private static readonly Lazy<AvailabilityPhrases> LazyPhrases = new(() => AvailabilityPhrases.Load(PolicyResources.Prompts));

    private static AvailabilityReading Read(string message, RecruiterAvailability? current = null) => SharedReader.Value.Read(message, current, Today);

    private static AvailabilityWindow Window(DayOfWeek day, string start, string end) => new(day, TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

    private static string Windows(AvailabilityReading reading) =>
        string.Join("; ", Assert.IsType<RecruiterAvailability>(reading.Availability).Windows.Select(w => $"{w.Day} {w.Start:HH\\:mm}-{w.End:HH\\:mm}"));

    [Theory]
    [InlineData("I take screens Tue and Thu 2-5pm CET", "Europe/Berlin", "Tuesday 14:00-17:00; Thursday 14:00-17:00")]
    [InlineData("mornings 9 to 12 Mon–Fri, Europe/Berlin", "Europe/Berlin", "Monday 09:00-12:00; Tuesday 09:00-12:00; Wednesday 09:00-12:00; Thursday 09:00-12:00; Friday 09:00-12:00")]
    [InlineData("I'm free Wednesdays 14:00-16:30 London time", "Europe/London", "Wednesday 14:00-16:30")]
    [InlineData("Monday to Wednesday 10am to 1pm PT", "America/Los_Angeles", "Monday 10:00-13:00; Tuesday 10:00-13:00; Wednesday 10:00-13:00")]
    [InlineData("weekdays 11-2pm ET", "America/New_York", "Monday 11:00-14:00; Tuesday 11:00-14:00; Wednesday 11:00-14:00; Thursday 11:00-14:00; Friday 11:00-14:00")]
    [InlineData("Mon 9am-noon and Thu 2pm-4:30pm GMT", "Europe/London", "Monday 09:00-12:00; Thursday 14:00-16:30")]
    [InlineData("9-12 on Tuesdays, 14:00-15:00 on Fridays, Asia/Tokyo", "Asia/Tokyo", "Tuesday 09:00-12:00; Friday 14:00-15:00")]
    [InlineData("I do calls Thurs. from 8.30 to 10.00 in New York time", "America/New_York", "Thursday 08:30-10:00")]
    [InlineData("fri-mon 10am-2 europe/paris", "Europe/Paris", "Friday 10:00-14:00; Saturday 10:00-14:00; Sunday 10:00-14:00; Monday 10:00-14:00")]
    public void DaysHoursAndAZoneBecomeTheWeeklyWindows(string message, string zone, string windows)
    {
        var reading = Read(message, Mondays);

        Assert.Null(reading.Question);
        Assert.Equal(zone, reading.Availability!.TimeZone);
        Assert.Equal(windows, Windows(reading));
    }

    [Fact]
    public void WindowsReplaceTheKeptOnesAndTheKeptZoneStaysWhenNoneIsSaid()
    {
        var reading = Read("I take screens Tuesdays 1pm to 3pm", Mondays);

        Assert.Equal("America/New_York", reading.Availability!.TimeZone);
        Assert.Equal("Tuesday 13:00-15:00", Windows(reading));
    }

    [Fact]
    public void AddKeepsTheWindowsAlreadyKept()
    {
        var reading = Read("add Friday 10-11am", Mondays);

        Assert.Equal("Monday 09:00-10:00; Friday 10:00-11:00", Windows(reading));
    }

    [Theory]
    [InlineData("not on Dec 24", 2026, 12, 24)]
    [InlineData("I'm off on 6 January", 2027, 1, 6)]
    [InlineData("no screens on 2027-03-01 please", 2027, 3, 1)]
    public void ADateSaidOffIsADayOffAndTheWindowsStay(string message, int year, int month, int day)
    {
        var reading = Read(message, Mondays);

        Assert.True(reading.DaysOffOnly);
        Assert.Equal([new DateOnly(year, month, day)], reading.Availability!.DaysOff);
        Assert.Equal("Monday 09:00-10:00", Windows(reading));
    }

    [Theory]
    [InlineData("I take screens on Tuesdays and Thursdays", "Tuesday and Thursday")]
    [InlineData("mornings Mon–Fri", "Monday, Tuesday, Wednesday, Thursday and Friday")]
    public void DaysWithoutHoursAreAskedAbout(string message, string days)
    {
        var reading = Read(message, Mondays);

        Assert.Null(reading.Availability);
        Assert.Contains($"At what times do you take screens on {days}?", reading.Question, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I take screens 2-5pm", "14:00–17:00")]
    [InlineData("9 to 12, 2-4pm on Thursday", "09:00–12:00")]
    public void HoursWithoutADayAreAskedAbout(string message, string times)
    {
        var reading = Read(message, Mondays);

        Assert.Null(reading.Availability);
        Assert.Contains($"On which days do you take screens {times}", reading.Question, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tue and Thu 2-5")]
    [InlineData("Friday 1 to 3 CET")]
    public void AnEarlyHourWithoutAmOrPmIsAskedAboutNotGuessed(string message)
    {
        var reading = Read(message, Mondays);

        Assert.Null(reading.Availability);
        Assert.Contains("in the morning or the afternoon", reading.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void HoursThatEndBeforeTheyStartAreAskedAbout()
    {
        var reading = Read("Tuesday 17:00-09:00", Mondays);

        Assert.Contains("ends before it starts", reading.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void TimesWithNoZoneSaidOrKeptAreAskedAbout()
    {
        var reading = Read("Tue and Thu 2-5pm");

        Assert.Null(reading.Availability);
        Assert.Contains("In which time zone", reading.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void ADateNotSaidToBeOffIsAskedAboutBecauseOnlyWeeklyWindowsAreKept()
    {
        var reading = Read("I can do Dec 28 10-12", Mondays);

        Assert.Contains("Is 28 December 2026 a day off?", reading.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsWithNoDayHourOrDateAreAskedAbout()
    {
        var reading = Read("whenever suits you", Mondays);

        Assert.Contains("I couldn't read days and times", reading.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void AZoneAloneMovesTheKeptWindowsToIt()
    {
        var reading = Read("use Berlin time from now on", Mondays);

        Assert.Equal("Europe/Berlin", reading.Availability!.TimeZone);
        Assert.Equal("Monday 09:00-10:00", Windows(reading));
    }

    [Fact]
    public void TheReplySaysBackTheWindowsZoneAndDaysOffInPlainWords()
    {
        var kept = new RecruiterAvailability("Europe/Berlin", [Window(DayOfWeek.Tuesday, "14:00", "17:00"), Window(DayOfWeek.Thursday, "14:00", "17:00")], [new DateOnly(2026, 12, 24)]);

        var said = Phrases.Confirm(kept, daysOffOnly: false);

        Assert.Contains("Tuesday and Thursday 14:00–17:00 (Europe/Berlin)", said, StringComparison.Ordinal);
        Assert.Contains("days off: 24 December 2026", said, StringComparison.Ordinal);
    }
}
