using Hiring.Agents.Learning;
using Hiring.Agents.Tests.Talent;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Talent;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Learning;

/// <summary>What learning reads of a profile: the skills it lists and those of them its positions show in use.</summary>
public sealed class LearningExamplesTests
{
    private static readonly LearningExamples Examples = new(TalentTaxonomy.LoadDefault());

    [Fact]
    public void ASkillCountsAsUsedWhenAPositionsTitleOrDescriptionNamesItInAnyOfItsFormsNotWhenItIsOnlyListed()
    {
        var profile = ProfileBuilder.Person("c1")
            .Skills("Golang", "Kubernetes", "Kafka", "Terraform")
            .Worked("Kafka Logistics GmbH", "Platform Engineer", new DateOnly(2021, 3, 1), description: "Ran the k8s clusters and wrote services in Go.")
            .Worked("Hashi Works", "Terraform Developer", new DateOnly(2018, 1, 1), new DateOnly(2021, 2, 1))
            .Build();

        var example = Assert.Single(Examples.Build(
            [new RecruiterAction(RecruiterActionKind.ThumbsUp, "c1", "rita", ActionOrigin.Recruiter, DateTimeOffset.UnixEpoch)],
            new Dictionary<string, CandidateProfile> { ["c1"] = profile },
            new Dictionary<string, CandidateEvaluation>()));

        // Kafka is only listed (and the employer's name is not work history): listed, not used.
        Assert.Equal(["go", "kafka", "kubernetes", "terraform"], example.Skills.Order(StringComparer.Ordinal));
        Assert.Equal(["go", "kubernetes", "terraform"], example.Used.Order(StringComparer.Ordinal));
    }
}
