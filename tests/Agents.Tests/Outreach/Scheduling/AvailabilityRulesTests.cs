using Hiring.Agents.Outreach.Scheduling;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Outreach.Scheduling;

/// <summary>What availability is kept: a known IANA zone and windows that open before they close.</summary>
public sealed class AvailabilityRulesTests
{
    [Theory]
    [InlineData("Europe/Berlni")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("")]
    public void AZoneThatIsNotAKnownIanaNameIsRefusedSayingWhy(string zone)
    {
        var refused = Assert.Throws<AssistantRefusalException>(() => AvailabilityRules.Validate(SchedulingHarness.Berlin with { TimeZone = zone }));

        Assert.Equal(RefusalCodes.Invalid, refused.Code);
        Assert.Contains($"'{zone}' is not a time zone", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWindowThatEndsBeforeItStartsIsRefused()
    {
        var backwards = SchedulingHarness.Berlin with { Windows = [new AvailabilityWindow(DayOfWeek.Friday, new TimeOnly(17, 0), new TimeOnly(9, 0))] };

        var refused = Assert.Throws<AssistantRefusalException>(() => AvailabilityRules.Validate(backwards));

        Assert.Contains("Friday", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AValidAvailabilityIsKeptInWeekOrder()
    {
        var shuffled = SchedulingHarness.Berlin with { Windows = [.. SchedulingHarness.Berlin.Windows.Reverse(), new AvailabilityWindow(DayOfWeek.Sunday, new TimeOnly(10, 0), new TimeOnly(11, 0))] };

        var kept = AvailabilityRules.Validate(shuffled);

        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Sunday], kept.Windows.Select(w => w.Day));
    }
}
