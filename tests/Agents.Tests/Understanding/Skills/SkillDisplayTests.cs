using Hiring.Agents.Tests.Support;
using Hiring.Reasoning.Understanding.Skills;

namespace Hiring.Agents.Tests.Understanding.Skills;

/// <summary>A skill the vocabulary names in lower case, as the recruiter is shown it (found in the stop 56 tryout: "Ifrs").</summary>
public sealed class SkillDisplayTests
{
    [Theory]
    // The initials of another of its names.
    [InlineData("ifrs", "IFRS")]
    [InlineData("ccna", "CCNA")]
    [InlineData("acca", "ACCA")]
    // A short word with no vowel.
    [InlineData("sql", "SQL")]
    // Written in capitals where it is case-sensitive.
    [InlineData("go", "Go")]
    // Otherwise each word capitalised.
    [InlineData("cold calling", "Cold Calling")]
    [InlineData("financial reporting", "Financial Reporting")]
    public void ASkillIsShownAsItIsWritten(string name, string shown)
    {
        Assert.Equal(shown, SkillDisplay.Of(UnderstandingResources.Skills.Entry(name), name));
    }
}
