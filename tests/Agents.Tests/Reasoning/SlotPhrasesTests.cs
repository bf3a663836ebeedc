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
}
