using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>The working pattern and terms a job comes with, kept as a condition in the recruiter's words and never as a skill.</summary>
public sealed class WorkConditionsTests
{
    [Theory]
    [InlineData("nights only, add that", "nights only")]
    [InlineData("rotating shifts incl sundays", "rotating shifts incl sundays")]
    [InlineData("pls add evenings n weekends", "evenings n weekends")]
    [InlineData("make it a 6 month contract", "6 month contract")]
    [InlineData("Millwright in Prince George, Red Seal, 12-hour shifts", "12-hour shifts")]
    [InlineData("they need to be ok with being on call some weekends", "on call some weekends")]
    [InlineData("it's part time, 3 days a week", "part time")]
    [InlineData("sous chef in Cork, weekend availability a must", "weekend availability")]
    [InlineData("need evenings availability for the bar role", "evenings availability")]
    public void AConditionOfTheJobIsKeptInTheRecruitersWordsWithNoSkillNamed(string text, string condition)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        var kept = Assert.Single(reading.Requirements, r => r.Condition);
        Assert.Equal((condition, QualificationCategory.Other, (string?)null), (kept.Written, kept.Category, kept.QualificationSubject));
        Assert.True(reading.HasDetails);
    }

    [Theory]
    [InlineData("paralegal in Leeds, commercial contracts and contract law")]
    [InlineData("recruiter in Dublin, temp agency background")]
    [InlineData("must be willing to work weekends")]
    [InlineData("can you have a shortlist for the sous chef by the weekend?")]
    public void AWordOfTheListThatNamesSomethingElseIsNoCondition(string text)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.DoesNotContain(reading.Requirements, r => r.Condition);
    }

    [Theory]
    [InlineData("java dev in Pune, spring boot, early joiners please")]
    [InlineData("payroll specialist in Leeds, sage, available immediately")]
    public void WhenTheHireCanStartIsNoRequirementOfTheCandidatesSkills(string text) =>
        Assert.DoesNotContain(UnderstandingResources.Roles.Read(text).Requirements, r => r.Written.Contains("joiner", StringComparison.Ordinal) || r.Written.Contains("immediately", StringComparison.Ordinal));
}
