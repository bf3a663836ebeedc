using Hiring.Contracts.Planning;
using Hiring.Reasoning.Planning;

namespace Hiring.Agents.Tests.Reasoning;

public sealed class SlotPhrasesTests
{
    [Theory]
    [InlineData(new[] { "berlin" }, "senior data scientists in Berlin")]
    [InlineData(new[] { "remote" }, "senior data scientists working remotely")]
    [InlineData(new[] { "berlin", "remote" }, "senior data scientists in Berlin or remote")]
    public void RemoteIsAWayOfWorkingNotAPlaceInThePlansSummary(string[] locations, string expected)
    {
        var slots = RequestSlots.Empty with { Titles = ["data scientist"], Seniority = "senior", Locations = locations };

        Assert.Equal(expected, SlotPhrases.Criteria(slots));
    }

    [Theory]
    [InlineData("football coach", "football coaches")]
    [InlineData("legal secretary", "legal secretaries")]
    [InlineData("attorney", "attorneys")]
    [InlineData("welder", "welders")]
    [InlineData("actress", "actresses")]
    [InlineData("site foreman", "site foremen")]
    public void TitlesArePluralizedTheWayEnglishDoes(string title, string plural) =>
        Assert.Equal(plural, SlotPhrases.Criteria(RequestSlots.Empty with { Titles = [title] }));

    [Theory]
    [InlineData("need a payroll specialist in Leeds, ADP and Sage a must", "payroll specialists with ADP, Sage")]
    [InlineData("payroll specialist, adp + sage", "payroll specialists with adp, sage")]
    [InlineData("payroll specialist who knows Sage 50 and ADP Workforce Now", "payroll specialists with ADP, Sage")]
    [InlineData("payroll specialist, Sage-certified, ex-ADPs welcome", "payroll specialists with adp, Sage")]
    public void ASkillIsNamedAsTheRecruiterWroteItWhenTheyWroteItAsAWord(string message, string expected) =>
        Assert.Equal(expected, SlotPhrases.Criteria(RequestSlots.Empty with { Titles = ["payroll specialist"], Skills = ["adp", "sage"] }, message));
}
