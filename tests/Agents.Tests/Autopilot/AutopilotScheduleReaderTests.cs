using Hiring.Agents.Autopilot;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Autopilot;

namespace Hiring.Agents.Tests.Autopilot;

public sealed class AutopilotScheduleReaderTests
{
    private static readonly AutopilotScheduleReader Reader = new(AutopilotRules.Load(TestResources.Prompts));

    [Theory]
    [InlineData("turn on autopilot and run it every 6 hours", 6)]
    [InlineData("source every 4h for the berlin role", 4)]
    [InlineData("keep searching every 12 hrs pls", 12)]
    [InlineData("run it every two hours", 2)]
    [InlineData("check every couple of hours while I'm out", 2)]
    [InlineData("autopilot, hourly", 1)]
    [InlineData("Look for new people every hour", 1)]
    [InlineData("source twice a day for this one", 12)]
    [InlineData("EVERY 24 HOURS", 24)]
    public void EveryNHoursIsRead(string words, int hours)
    {
        Assert.Equal(new AutopilotSchedule(AutopilotCadence.EveryHours, Hours: hours), Reader.Read(words, null));
    }

    [Theory]
    [InlineData("source overnight for the Berlin role at 3am", 3, 0)]
    [InlineData("turn on autopilot at 3 a.m.", 3, 0)]
    [InlineData("run nightly at 22:30", 22, 30)]
    [InlineData("keep sourcing tonight at 10", 22, 0)]
    [InlineData("every night at 11 pm", 23, 0)]
    [InlineData("autopilot around 1:30am please", 1, 30)]
    [InlineData("run it every morning at 6", 6, 0)]
    [InlineData("source at midnight", 0, 0)]
    [InlineData("nightly 23:15", 23, 15)]
    [InlineData("at 12am", 0, 0)]
    [InlineData("at 12 pm", 12, 0)]
    public void ANightlyTimeIsReadInTheRecruitersZone(string words, int hour, int minute)
    {
        Assert.Equal(new AutopilotSchedule(AutopilotCadence.Nightly, new TimeOnly(hour, minute), "Europe/Berlin"), Reader.Read(words, "Europe/Berlin"));
    }

    [Theory]
    [InlineData("turn on autopilot")]
    [InlineData("source overnight for the Berlin role")]
    [InlineData("keep looking while I'm away, at least 5 good people")]
    [InlineData("find people with 3 years of go at scale")]
    [InlineData("source at 50 candidates max")]
    [InlineData("")]
    [InlineData(null)]
    public void WordsThatSayNothingAboutWhenKeepTheSchedule(string? words)
    {
        Assert.Null(Reader.Read(words, "Europe/Berlin"));
    }
}
