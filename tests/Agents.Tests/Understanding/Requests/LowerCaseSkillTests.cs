using Hiring.Agents.Tests.Support;

namespace Hiring.Agents.Tests.Understanding.Requests;

public sealed class LowerCaseSkillTests
{
    [Theory]
    [InlineData("data engineer in berlin, spark", "spark")]
    [InlineData("oh and kafka", "kafka")]
    [InlineData("backend engineer, rust and postgres", "rust")]
    public void ATechnicalSkillWrittenInLowerCaseWhereAListItemStandsIsTheSkill(string text, string skill) =>
        Assert.Contains(skill, UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject));

    [Fact]
    public void ATwoWordProductReadOnlyCapitalizedIsTheSkillWhereAListItemStands() =>
        Assert.Contains("adobe after effects", UnderstandingResources.Roles.Read("motion designer in bristol, figma, after effects, 3 yrs").Requirements.Select(r => r.Subject));

    [Fact]
    public void AGreetingOpeningAMessageIsNoRequirement() =>
        Assert.DoesNotContain(UnderstandingResources.Roles.Read("heya need a barista in leeds, latte art").Requirements, r => r.Subject == "heya");

    [Theory]
    [InlineData("less is more")]
    [InlineData("a spark of curiosity matters")]
    [InlineData("ok, make it less")]
    public void AnEverydayWordOutsideAListIsNoSkill(string text) =>
        Assert.DoesNotContain(UnderstandingResources.Roles.Read(text).Requirements, r => r.Known);
}
