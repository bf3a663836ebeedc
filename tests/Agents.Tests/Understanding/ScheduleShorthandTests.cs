using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding;

public sealed class ScheduleShorthandTests
{
    [Theory]
    [InlineData("payroll admin in Leeds, hybrid 2d/wk", "payroll admin in Leeds, hybrid      ")]
    [InlineData("hybride 2j/sem, Java", "hybride       , Java")]
    [InlineData("3 days/week in office", "            in office")]
    public void DaysAWeekWrittenShortAreBlanked(string text, string read) => Assert.Equal(read, ScheduleShorthand.Blank(text));

    [Theory]
    [InlineData("CI/CD and TCP/IP, 24/7 support")]
    [InlineData("3D/CAD modelling")]
    [InlineData("hybrid, 2 days a week in the office")]
    public void OtherSlashesStay(string text) => Assert.Equal(text, ScheduleShorthand.Blank(text));
}
