using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Agents.Tests.Understanding;

public sealed class ReportedSpeakersTests
{
    [Theory]
    [InlineData("make it 3 years, the ward manager just messaged me", "the ward manager")]
    [InlineData("our head chef says French is a plus", "our head chef")]
    [InlineData("the FD has changed his mind about the years", "the FD")]
    [InlineData("my engineering director would rather have Go", "my engineering director")]
    [InlineData("the head of engineering just messaged me, make it 4 years", "the head of engineering")]
    // Someone the recruiter heard from, and the people the hire will work with.
    [InlineData("just had a call with the area manager, drop the forklift licence", "the area manager")]
    [InlineData("checked with our practice manager and hybrid is fine", "our practice manager")]
    [InlineData("make it 6 years, they need someone to supervise the care assistants", "supervise the care assistants")]
    [InlineData("senior please, they'll be reporting to the head chef", "reporting to the head chef")]
    [InlineData("they want someone who can train the new technicians", "train the new technicians")]
    public void APersonNamedByTheirJobBesideTheRoleIsBlanked(string text, string speaker)
    {
        var blanked = ReportedSpeakers.Blank(text);
        Assert.DoesNotContain(speaker, blanked, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(text.Length, blanked.Length);
    }

    [Fact]
    public void WorkDoneOnThingsIsNotBlanked() =>
        Assert.Contains("manage the social media accounts", ReportedSpeakers.Blank("they need to manage the social media accounts"), StringComparison.Ordinal);

    [Theory]
    [InlineData("Hi, I manage a snack food plant in Lima and we need a production supervisor", "snack food plant", "Lima")]
    [InlineData("Hello, I'm the plant manager at an automotive parts supplier in Puebla. We need a quality engineer.", "automotive parts supplier", "Puebla")]
    [InlineData("Good morning, we're a creative agency in Cairo looking for a copywriter", "creative agency", "Cairo")]
    [InlineData("We're a mid-size general contractor out of Madison, WI and need a project manager", "general contractor", "Madison")]
    [InlineData("Hello, I'm a team leader at the city council in Wellington. We're hiring an urban planner.", "team leader", "Wellington")]
    public void TheWritersOwnBusinessIsBlankedButNotItsPlace(string text, string business, string place)
    {
        var blanked = ReportedSpeakers.Blank(text);
        Assert.DoesNotContain(business, blanked, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(place, blanked, StringComparison.Ordinal);
        Assert.Equal(text.Length, blanked.Length);
    }

    [Theory]
    [InlineData("we're hiring a senior data engineer in Leeds")]
    [InlineData("we are looking for a quality engineer in Puebla")]
    [InlineData("we need a ward manager in Leeds")]
    [InlineData("The Data Engineer will own our pipelines")]
    [InlineData("the Dublin office wants a data analyst")]
    [InlineData("the nurse manager role needs NMBI registration")]
    public void ARoleAskedForIsLeftAlone(string text) => Assert.Equal(text, ReportedSpeakers.Blank(text));
}
