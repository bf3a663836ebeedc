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

    [Theory]
    [InlineData("less is more")]
    [InlineData("a spark of curiosity matters")]
    [InlineData("ok, make it less")]
    public void AnEverydayWordOutsideAListIsNoSkill(string text) =>
        Assert.DoesNotContain(UnderstandingResources.Roles.Read(text).Requirements, r => r.Known);
}
