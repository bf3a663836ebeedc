using Hiring.Agents.Tests.Support;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>A title that names a person in the message (who speaks, who is praised) or carries its level word in its name.</summary>
public sealed class TitleSpeakerTests
{
    [Theory]
    [InlineData("our CFO wants this to be remote-first")]
    [InlineData("the head of sales said it should be hybrid")]
    [InlineData("my recruiter thinks 5 years is plenty")]
    [InlineData("you're the best recruiter ever")]
    public void ATitleThatSpeaksOrIsPraisedIsNoRole(string text) =>
        Assert.Null(UnderstandingResources.Roles.Read(text).Title);

    [Theory]
    [InlineData("the recruiter role in Leeds needs Greenhouse", "recruiter")]
    [InlineData("our new CFO will need IFRS 17", "chief financial officer")]
    public void ATitleThatDoesNotSpeakIsStillTheRole(string text, string title) =>
        Assert.Equal(title, UnderstandingResources.Roles.Read(text).Title?.Canonical);

    [Theory]
    [InlineData("staff nurse for the renal unit in Hull", null)]
    [InlineData("staff pharmacist in Toledo", null)]
    [InlineData("staff engineer in Seattle, Rust", "staff")]
    public void AStaffJobIsALevelOnlyWhereTheWordIsNotPartOfItsName(string text, string? level) =>
        Assert.Equal(level, UnderstandingResources.Roles.Read(text).Seniority);
}
