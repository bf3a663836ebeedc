using Hiring.Agents.Sourcing.Constraints;

namespace Hiring.Agents.Tests.Sourcing.Constraints;

public sealed class TitleLevelTests
{
    [Theory]
    [InlineData("Senior Backend Engineer", "senior", TitleTrack.IndividualContributor)]
    [InlineData("Sr. Software Developer", "senior", TitleTrack.IndividualContributor)]
    [InlineData("Junior Backend Engineer", "junior", TitleTrack.IndividualContributor)]
    [InlineData("Backend Engineer", "mid", TitleTrack.IndividualContributor)]
    [InlineData("Staff Backend Engineer", "staff", TitleTrack.IndividualContributor)]
    [InlineData("Lead Product Designer", "staff", TitleTrack.IndividualContributor)]
    [InlineData("Principal Engineer", "principal", TitleTrack.IndividualContributor)]
    [InlineData("Senior Staff Engineer", "staff", TitleTrack.IndividualContributor)]
    [InlineData("Product Manager", "mid", TitleTrack.IndividualContributor)]
    [InlineData("Senior Product Manager", "senior", TitleTrack.IndividualContributor)]
    [InlineData("Technical Product Manager", "mid", TitleTrack.IndividualContributor)]
    [InlineData("Product Marketing Manager", "mid", TitleTrack.IndividualContributor)]
    [InlineData("Senior Account Manager", "senior", TitleTrack.IndividualContributor)]
    [InlineData("Engineering Manager", "manager", TitleTrack.Management)]
    [InlineData("Senior Engineering Manager", "manager", TitleTrack.Management)]
    [InlineData("Group Product Manager", "manager", TitleTrack.Management)]
    [InlineData("Marketing Manager", "manager", TitleTrack.Management)]
    [InlineData("Nurse Manager", "manager", TitleTrack.Management)]
    [InlineData("Director of Engineering", "director", TitleTrack.Management)]
    [InlineData("Head of Data", "director", TitleTrack.Management)]
    [InlineData("VP of Sales", "director", TitleTrack.Management)]
    [InlineData("CTO", "director", TitleTrack.Management)]
    [InlineData("Associate Director, Finance", "director", TitleTrack.Management)]
    public void ATitlesLevelAndTrackAreReadFromItsWords(string title, string level, TitleTrack track)
    {
        Assert.Equal(new TitleLevel(level, track), TitleLevels.Read(title));
    }

    [Theory]
    [InlineData("senior", "senior")]
    [InlineData("Sr", "senior")]
    [InlineData("lead", "staff")]
    [InlineData("staff", "staff")]
    [InlineData("intern", "junior")]
    [InlineData("head", "director")]
    [InlineData("", null)]
    [InlineData("rockstar", null)]
    public void ASpecsSeniorityNamesALevelOrNone(string seniority, string? level)
    {
        Assert.Equal(level, TitleLevels.OfSeniority(seniority));
    }
}
