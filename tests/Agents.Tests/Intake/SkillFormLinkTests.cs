using Hiring.Agents.Intake;
using Hiring.Agents.Tests.Understanding.Skills;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Requests;

namespace Hiring.Agents.Tests.Intake;

public sealed class SkillFormLinkTests
{
    [Theory]
    // The same words, some of them, or a shortening: the requirement the recruiter named.
    [InlineData("excel", "microsoft excel", "Microsoft Excel", true)]
    [InlineData("aml", "anti-money laundering", "Anti-Money Laundering", true)]
    [InlineData("ms excel", "microsoft excel", "Excel", true)]
    // Other words the vocabulary groups with the skill ("kyc" with anti-money laundering, "spreadsheets" with Excel,
    // "flannel" with Calico) name another thing than the requirement as the recruiter put it.
    [InlineData("kyc", "anti-money laundering", "AML", false)]
    [InlineData("spreadsheets", "microsoft excel", "Microsoft Excel", false)]
    [InlineData("flannel", "calico", "Calico", false)]
    public void ASkillNamedInAChangeStandsForTheRequirementOfItsSkillNamedByTheSameWords(string written, string subject, string text, bool linked)
    {
        Qualification[] current = [new("q1", text, QualificationKind.NiceToHave, 0.5, 1, true, PolicyVerdict.Ok, QualificationOrigin.Recruiter, QualificationCategory.Skill, subject)];

        var found = SkillFormLink.Find(SkillResources.Vocabulary, current, new ReadRequirement(written, written, QualificationKind.MustHave, QualificationCategory.Skill, null, false, 0));

        Assert.Equal(linked, found is not null);
    }
}
