using Hiring.Agents.Tests.Support;

namespace Hiring.Agents.Tests.Understanding.Requests;

public sealed class HyphenatedTermTests
{
    [Theory]
    [InlineData("clinical research associate in Zürich, ICH-GCP", "ich gcp", "google cloud platform")]
    [InlineData("QA lead, ISTQB-CTAL and Selenium", "istqb ctal", null)]
    public void AKnownSkillHyphenatedToAnUnknownAcronymIsReadAsOneTerm(string text, string term, string? notThis)
    {
        var subjects = UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject).ToList();

        Assert.Contains(term, subjects);
        if (notThis is not null)
        {
            Assert.DoesNotContain(notThis, subjects);
        }
    }

    [Theory]
    [InlineData("frontend engineer, React-Redux and TypeScript", "react", "redux")]
    [InlineData("backend engineer, Python-based services on AWS", "python", "amazon web services")]
    public void KnownSkillsJoinedByAHyphenStayThemselves(string text, string first, string second)
    {
        var subjects = UnderstandingResources.Roles.Read(text).Requirements.Select(r => r.Subject).ToList();

        Assert.Contains(first, subjects);
        Assert.Contains(second, subjects);
    }
}
