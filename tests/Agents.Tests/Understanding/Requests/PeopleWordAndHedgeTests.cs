using Hiring.Agents.Tests.Support;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>Chat shorthand for a role: "backend folks" for the people of a job, "senior-ish" for a level.</summary>
public sealed class PeopleWordAndHedgeTests
{
    [Theory]
    [InlineData("can you pull up a few backend folks in berlin who know golang?", "backend engineer")]
    [InlineData("need 3 java resources in Pune, spring boot", "java developer")]
    [InlineData("any frontend peeps in Oslo? react", "frontend engineer")]
    [InlineData("I've got a backend role in Munich, java + spring boot, 5 years", "backend engineer")]
    [InlineData("we have a frontend opening in Oslo, vue", "frontend engineer")]
    [InlineData("two embedded positions in Munich, C and RTOS", "embedded software engineer")]
    public void AWordForPeopleOrAVacancyAfterTheWorkIsTheOneTitleOfThatWork(string text, string title)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.Equal(title, reading.Title?.Canonical);
        Assert.Equal(TitleOrigin.Nearest, reading.Title?.Origin);
    }

    [Theory]
    [InlineData("sales folks in Paris with saas experience")] // sales representative, manager, engineer…
    [InlineData("find me data people in Madrid, sql")] // data engineer, analyst, scientist…
    [InlineData("no PRs or people on work permits")] // never the "OR nurse"
    [InlineData("find more junior candidates")] // never a "junior doctor"
    [InlineData("no need for FIFO anymore, it's a local role now")] // never a "local driver"
    [InlineData("got a data position in Leeds, sql and power bi")] // data engineer, analyst, scientist…
    [InlineData("Source for the backend role on LinkedIn as usual")] // the open one, named
    [InlineData("post it on the diversity job boards too")]
    [InlineData("any remote folks in Spain with react?")]
    [InlineData("actually make it a mid-level role, remote within the Netherlands")] // never a "level designer"
    public void AWorkWordOfSeveralTitlesOrNoWorkNamesNone(string text)
    {
        Assert.Null(UnderstandingResources.Roles.Read(text).Title);
    }

    // Asked for the title, the work alone ("mid frontend") or the head first as French and Spanish put it ("dev backend") is the
    // one title the vocabulary writes with those words; unasked, such words name none.
    [Theory]
    [InlineData("mid frontend, React and TypeScript", "frontend engineer")]
    [InlineData("dev backend, sénior", "backend engineer")]
    [InlineData("full stack please, Vue", "full stack engineer")]
    public void AnAnswerForTheTitleThatNamesOnlyTheWorkIsItsTitle(string text, string title)
    {
        Assert.Equal(title, UnderstandingResources.Roles.Read(text, titleAsked: true).Title?.Canonical);
        Assert.Null(UnderstandingResources.Roles.Read(text).Title);
    }

    [Theory]
    [InlineData("need a senior-ish product designer in Amsterdam, figma", "senior")]
    [InlineData("iOS dev in Stockholm, Swift, mid-ish level", "mid")]
    [InlineData("staffish platform engineer, Berlin, go + kubernetes", "staff")]
    [InlineData("backend engineer in Madrid, node.js, senior ish", "senior")]
    public void ALevelHedgedWithIshIsThatLevelAndIshIsNoRequirement(string text, string level)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.Equal(level, reading.Seniority);
        Assert.DoesNotContain(reading.Requirements, r => r.Subject.Contains("ish", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Swedish-speaking account manager in Malmö, English too")]
    [InlineData("back around 7ish, then let's talk about the senior role")]
    public void IshAfterAnyOtherWordIsLeftAsWritten(string text) =>
        Assert.Equal(text, LevelHedges.Blank(text, UnderstandingResources.Words.Seniority));

    [Fact]
    public void TheHedgeIsBlankedInPlaceSoEveryOffsetStillHolds()
    {
        const string text = "senior-ish product designer";

        var blanked = LevelHedges.Blank(text, UnderstandingResources.Words.Seniority);

        Assert.Equal("senior     product designer", blanked);
        Assert.Equal(text.Length, blanked.Length);
    }

    [Theory]
    [InlineData("also needs a valid Texas RN license")]
    [InlineData("CPA certification is a must")]
    public void ATitleRightBeforeACredentialNamesTheCredentialNotARole(string text)
    {
        Assert.Null(UnderstandingResources.Roles.Read(text).Title);
    }
}
