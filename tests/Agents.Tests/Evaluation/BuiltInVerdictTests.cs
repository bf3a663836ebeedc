using Hiring.Agents.Evaluation;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Talent;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Evaluation;

public sealed class BuiltInVerdictTests
{
    private static readonly BuiltInEvaluator Evaluator = EvaluationHarness.BuiltIn();

    private static CandidateProfile GoEngineer() => ProfileBuilder.Person("ana")
        .Headline("Senior Backend Engineer at Nimbus")
        .Summary("Backend engineer who likes distributed systems. Fluent in German and English.")
        .LivesIn("Berlin", "", "DE")
        .Worked("Nimbus", "Senior Backend Engineer", new DateOnly(2021, 1, 1), null, "Built and operated backend services with Golang and K8s. Mentored two engineers.")
        .Worked("Acme", "Backend Engineer", new DateOnly(2018, 1, 1), new DateOnly(2020, 12, 1), "Shipped billing APIs in Java. Moved the team to Go.")
        .Studied("TU Berlin", "MSc", "Computer Science")
        .Skills("Go", "Kubernetes", "SQL Server", "Java")
        .Build();

    private static AssessmentVerdict VerdictOf(CandidateProfile profile, Qualification qualification) =>
        Assess(profile, qualification).Verdict;

    private static QualificationAssessment Assess(CandidateProfile profile, Qualification qualification) =>
        EvaluationHarness.AssessOne(profile, qualification);

    [Fact]
    public void ASkillWrittenAsASynonymInADescriptionIsMet()
    {
        var assessment = Assess(GoEngineer(), Quals.Skill("q1", "kubernetes"));

        Assert.Equal(AssessmentVerdict.Met, assessment.Verdict);
        Assert.Contains(assessment.Evidence, q => q is { Section: "experience[0].description", Text: "Built and operated backend services with Golang and K8s." });
    }

    [Fact]
    public void SkillYearsCountEveryDatedRoleThatNamesTheSkill()
    {
        var assessment = Assess(GoEngineer(), Quals.Skill("q1", "go", minYears: 8));

        // Jan 2018 – Jun 2026 is 102 months.
        Assert.Equal(8.5, assessment.Years);
        Assert.Equal(AssessmentVerdict.Met, assessment.Verdict);
    }

    [Fact]
    public void FewerYearsThanAskedIsPartial()
    {
        var assessment = Assess(GoEngineer(), Quals.Skill("q1", "kubernetes", minYears: 10));

        Assert.Equal(AssessmentVerdict.Partial, assessment.Verdict);
        Assert.Equal(5.5, assessment.Years);
    }

    [Fact]
    public void ASkillOnlyListedHasNoYearsAndIsPartialWhenYearsAreAsked()
    {
        var profile = GoEngineer() with { Skills = ["Go", "Rust"] };

        var assessment = Assess(profile, Quals.Skill("q1", "rust", minYears: 2));

        Assert.Equal(AssessmentVerdict.Partial, assessment.Verdict);
        Assert.Equal(new EvidenceQuote("skills", "Rust"), Assert.Single(assessment.Evidence));
    }

    [Fact]
    public void ASkillAbsentFromADetailedProfileIsNotMet()
    {
        Assert.Equal(AssessmentVerdict.NotMet, VerdictOf(GoEngineer(), Quals.Skill("q1", "python")));
    }

    [Fact]
    public void AProfileWithNoRolesAndNoSkillsIsUnknownRatherThanNotMet()
    {
        var empty = ProfileBuilder.Person("empty").Headline("Looking for work").Build();

        Assert.Equal(AssessmentVerdict.Unknown, VerdictOf(empty, Quals.Skill("q1", "python", minYears: 3)));
        Assert.Equal(AssessmentVerdict.Unknown, VerdictOf(empty, Quals.Experience("q2", 3)));
    }

    [Fact]
    public void AShortSkillInsideALongerOneDoesNotCount()
    {
        Assert.Equal(AssessmentVerdict.NotMet, VerdictOf(GoEngineer(), Quals.Skill("q1", "sql")));
    }

    [Fact]
    public void GoIsNotFoundInsideOtherWords()
    {
        var marketer = ProfileBuilder.Person("m")
            .Worked("Shop", "Product Marketing Manager", new DateOnly(2020, 1, 1), null, "Led Go-to-Market for Django-based tools two years ago.")
            .Skills("Positioning")
            .Build();

        Assert.Equal(AssessmentVerdict.NotMet, VerdictOf(marketer, Quals.Skill("q1", "go")));
    }

    [Fact]
    public void TotalExperienceComesFromDatedRoles()
    {
        var assessment = Assess(GoEngineer(), Quals.Experience("q1", 5));

        Assert.Equal(AssessmentVerdict.Met, assessment.Verdict);
        Assert.Equal(8.5, assessment.Years);
    }

    [Fact]
    public void FamilyExperienceCountsOnlyRolesOfThatFamily()
    {
        var profile = GoEngineer() with
        {
            Experiences = [.. GoEngineer().Experiences, new Experience("Shop", "Account Executive", new DateOnly(2010, 1, 1), new DateOnly(2017, 12, 1), "Closed deals.")],
        };

        Assert.Equal(8.5, Assess(profile, Quals.Experience("q1", 10, "software engineering")).Years);
        Assert.Equal(16.5, Assess(profile, Quals.Experience("q2", 10)).Years);
    }

    [Fact]
    public void ATitleHeldAtALowerSeniorityIsPartial()
    {
        Assert.Equal(AssessmentVerdict.Met, VerdictOf(GoEngineer(), Quals.Title("q1", "senior backend developer")));
        Assert.Equal(AssessmentVerdict.Partial, VerdictOf(GoEngineer(), Quals.Title("q2", "principal backend engineer")));
        Assert.Equal(AssessmentVerdict.NotMet, VerdictOf(GoEngineer(), Quals.Title("q3", "data scientist")));
    }

    [Fact]
    public void LocationMatchesCityRegionOrCountry()
    {
        var met = Assess(GoEngineer(), Quals.Location("q1", "Berlin"));

        Assert.Equal(AssessmentVerdict.Met, met.Verdict);
        Assert.Equal(new EvidenceQuote("location", "Berlin"), Assert.Single(met.Evidence));
        Assert.Equal(AssessmentVerdict.NotMet, VerdictOf(GoEngineer(), Quals.Location("q2", "Lisbon")));
    }

    [Fact]
    public void EducationNeedsTheLevelAndTheField()
    {
        Assert.Equal(AssessmentVerdict.Met, VerdictOf(GoEngineer(), Quals.Education("q1", "Bachelor's in Computer Science")));
        Assert.Equal(AssessmentVerdict.Partial, VerdictOf(GoEngineer(), Quals.Education("q2", "PhD in Computer Science")));
        Assert.Equal(AssessmentVerdict.NotMet, VerdictOf(GoEngineer(), Quals.Education("q3", "Nursing")));
        Assert.Equal(AssessmentVerdict.Unknown, VerdictOf(GoEngineer() with { Education = [] }, Quals.Education("q4", "Nursing")));
    }

    [Fact]
    public void ALanguageIsMetWhenMentionedAndUnknownOtherwise()
    {
        var german = Assess(GoEngineer(), Quals.Language("q1", "German"));

        Assert.Equal(AssessmentVerdict.Met, german.Verdict);
        Assert.Equal(new EvidenceQuote("summary", "Fluent in German and English."), Assert.Single(german.Evidence));
        Assert.Equal(AssessmentVerdict.Unknown, VerdictOf(GoEngineer(), Quals.Language("q2", "Japanese")));
    }

    [Fact]
    public void OtherQualificationsQuoteTheMostSimilarSentence()
    {
        var assessment = Assess(GoEngineer(), Quals.Other("q1", "Has mentored other engineers"));

        Assert.NotEqual(AssessmentVerdict.NotMet, assessment.Verdict);
        Assert.NotEqual(AssessmentVerdict.Unknown, assessment.Verdict);
        Assert.Equal("Mentored two engineers.", Assert.Single(assessment.Evidence).Text);
    }

    [Fact]
    public void AnUnrelatedOtherQualificationIsUnknownNeverNotMet()
    {
        Assert.Equal(AssessmentVerdict.Unknown, VerdictOf(GoEngineer(), Quals.Other("q1", "Holds a commercial pilot licence")));
    }

    [Fact]
    public void AMissingMustHaveMakesItNotAMatchWhateverTheScore()
    {
        var evaluation = Evaluator.Evaluate(new EvaluationRequest(GoEngineer(), [Quals.Skill("q1", "go"), Quals.Skill("q2", "python"), Quals.Location("q3", "Berlin")]));

        Assert.Equal(Recommendation.NotAMatch, evaluation.Recommendation);
        Assert.Equal(0.667, evaluation.Score);
    }

    [Fact]
    public void EveryMustHaveAndMostNiceToHavesMetIsAStrongMatch()
    {
        var evaluation = Evaluator.Evaluate(new EvaluationRequest(GoEngineer(),
            [Quals.Skill("q1", "go", 5), Quals.Location("q2", "Berlin"), Quals.Language("q3", "German"), Quals.Skill("q4", "java", kind: QualificationKind.NiceToHave)]));

        Assert.Equal(Recommendation.StrongMatch, evaluation.Recommendation);
        Assert.Equal(1.0, evaluation.Score);
        Assert.Equal(BuiltInEvaluator.EngineName, evaluation.Provenance.Model);
        Assert.All(evaluation.Assessments, a => Assert.Equal("builtin/evaluation", a.Provenance.PromptName));
    }

    [Fact]
    public void AnUnknownMustHaveMakesItPossible()
    {
        var evaluation = Evaluator.Evaluate(new EvaluationRequest(GoEngineer() with { Location = new Location("", "", "") }, [Quals.Skill("q1", "go"), Quals.Location("q2", "Berlin")]));

        Assert.Equal(Recommendation.Possible, evaluation.Recommendation);
    }
}
