using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Understanding.Requests;

/// <summary>What a candidate must be willing or able to do, kept whole in the recruiter's words.</summary>
public sealed class WillingnessClausesTests
{
    [Theory]
    [InlineData("registered nurse in Houston, must be willing to work weekends", "willing to work weekends")]
    [InlineData("warehouse operative in Leeds, able to lift 25kg, forklift licence", "able to lift 25kg")]
    [InlineData("field service engineer in Ohio, comfortable with travel", "comfortable with travel")]
    [InlineData("care assistant in Bristol, happy to work nights", "happy to work nights")]
    [InlineData("backend role in Berlin, Go and postgres, must be willing to do on-call", "willing to do on-call")]
    [InlineData("account manager in Chicago, willing to travel to client sites in Ohio", "willing to travel to client sites")]
    public void AClauseOfWillingnessOrAbilityIsOneRequirementInTheRecruitersWords(string text, string requirement)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        var clause = Assert.Single(reading.Requirements, r => r.Subject.StartsWith(requirement.Split(' ')[0], StringComparison.Ordinal));
        Assert.Equal((requirement, QualificationCategory.Other), (clause.Subject, clause.Category));
    }

    [Theory]
    [InlineData("backend engineer in Berlin, go; we're happy to sponsor visas")]
    [InlineData("data analyst in Leeds, sql, the client is open to hybrid")]
    [InlineData("java developer in Leeds, spring; I am happy to share the salary band")]
    [InlineData("Chennai also ok for this role")]
    public void TheEmployersOwnWillingnessIsNoRequirement(string text)
    {
        var reading = UnderstandingResources.Roles.Read(text);

        Assert.DoesNotContain(reading.Requirements, r => r.Category == Hiring.Contracts.Projects.QualificationCategory.Other);
    }
}
