using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Tests.Sourcing;

namespace Hiring.Agents.Tests.Sourcing.Constraints;

public sealed class LevelRuleTests
{
    [Theory]
    [InlineData("Senior Backend Engineer", true)]
    [InlineData("Backend Engineer", false)]
    [InlineData("Staff Backend Engineer", false)]
    [InlineData("Director of Engineering", false)]
    [InlineData("Engineering Manager", false)]
    public void ASeniorIndividualContributorRoleTakesOnlySeniorIndividualContributors(string title, bool admitted)
    {
        var rule = LevelRule.For(Specs.Backend("senior"));

        Assert.Equal(admitted, rule.Admits(TitleLevels.Read(title)));
    }

    [Theory]
    [InlineData("Staff Backend Engineer", true)]
    [InlineData("Lead Backend Engineer", true)]
    [InlineData("Senior Backend Engineer", false)]
    public void AStaffOrLeadRoleTakesStaffAndLeadTitles(string title, bool admitted)
    {
        Assert.Equal(admitted, LevelRule.For(Specs.Backend("lead")).Admits(TitleLevels.Read(title)));
        Assert.Equal(admitted, LevelRule.For(Specs.Backend("staff")).Admits(TitleLevels.Read(title)));
    }

    [Theory]
    [InlineData("Junior Backend Engineer", true)]
    [InlineData("Backend Engineer", true)]
    [InlineData("Principal Engineer", true)]
    [InlineData("Engineering Manager", false)]
    [InlineData("Head of Engineering", false)]
    public void WithoutASeniorityAnyIndividualContributorLevelIsTaken(string title, bool admitted)
    {
        var rule = LevelRule.For(Specs.Backend(""));

        Assert.Equal(admitted, rule.Admits(TitleLevels.Read(title)));
        Assert.False(rule.Named);
    }

    [Fact]
    public void AManagementRoleNeverTakesAnIndividualContributor()
    {
        var spec = Specs.Backend("") with { Title = "Engineering Manager", NormalizedTitle = "engineering manager" };

        var rule = LevelRule.For(spec);

        Assert.Equal(TitleTrack.Management, rule.Track);
        Assert.True(rule.Admits(TitleLevels.Read("Engineering Manager")));
        Assert.False(rule.Admits(TitleLevels.Read("Staff Backend Engineer")));
    }

    [Fact]
    public void FeedbackBoundsNarrowAnUnnamedLevelOnly()
    {
        var bounded = LevelRule.For(Specs.Backend(""), new LevelBounds(Floor: "senior"));
        var named = LevelRule.For(Specs.Backend("mid"), new LevelBounds(Floor: "senior"));

        Assert.Equal(["senior", "staff", "principal"], bounded.Levels);
        Assert.Equal("senior to principal, individual contributor", bounded.Asked);
        Assert.Equal(["mid"], named.Levels);
    }
}
