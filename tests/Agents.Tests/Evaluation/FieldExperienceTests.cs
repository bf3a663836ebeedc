using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Talent;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Evaluation;

/// <summary>Years of a field ("inventory management", "backend development", "ICU") and years as a title ("as a data engineer").</summary>
public sealed class FieldExperienceTests
{
    private static QualificationAssessment Assess(CandidateProfile profile, int years, string scope) =>
        EvaluationHarness.AssessOne(profile, Quals.Experience("q1", years, scope));

    [Fact]
    public void YearsOfASkillCountTheRolesWhoseDescriptionsNameIt()
    {
        var planner = ProfileBuilder.Person("pia")
            .Worked("Shipco", "Supply Chain Planner", new DateOnly(2022, 7, 1), null, "Led inventory control and demand planning.")
            .Worked("Depot", "Supply Chain Planner", new DateOnly(2019, 7, 1), new DateOnly(2022, 6, 1), "Ran the supplier scorecards.")
            .Build();

        var assessment = Assess(planner, 4, "inventory management");

        // Jul 2022 – Jun 2026 is 48 months; the role that never names it does not count.
        Assert.Equal(4.0, assessment.Years);
        Assert.Equal(AssessmentVerdict.Met, assessment.Verdict);
        Assert.Equal(AssessmentVerdict.Partial, Assess(planner, 5, "inventory management").Verdict);
    }

    [Fact]
    public void AFieldNamedInARoleTitleCountsThatRole()
    {
        var nurse = ProfileBuilder.Person("ida")
            .Worked("General", "Registered Nurse, Intensive Care Unit", new DateOnly(2021, 7, 1), null, "Ventilated patients.")
            .Worked("General", "Registered Nurse, Medical/Surgical", new DateOnly(2018, 7, 1), new DateOnly(2021, 6, 1))
            .Build();

        Assert.Equal(5.0, Assess(nurse, 3, "icu").Years);
    }

    [Fact]
    public void YearsOfAFieldNoRoleNamesCountTheRolesOfItsPractitionersFamily()
    {
        var engineer = ProfileBuilder.Person("jo")
            .Worked("Bank", "Senior Backend Engineer", new DateOnly(2021, 4, 1), null, "Payouts service in Go.")
            .Worked("Utility", "Backend Developer", new DateOnly(2017, 9, 1), new DateOnly(2021, 3, 1), "Billing services in Java.")
            .Build();
        var accountant = ProfileBuilder.Person("ade")
            .Worked("Holding", "Senior Accountant", new DateOnly(2020, 1, 1), null, "Consolidated statements under IFRS.")
            .Worked("Firm", "Audit Associate", new DateOnly(2012, 1, 1), new DateOnly(2019, 12, 1))
            .Build();

        Assert.Equal(AssessmentVerdict.Met, Assess(engineer, 5, "backend development").Verdict);
        Assert.Equal(AssessmentVerdict.Met, Assess(accountant, 10, "accounting").Verdict);
    }

    [Fact]
    public void YearsAsATitleCountThatTitleAtAnyLevelButNotItsNeighbours()
    {
        var engineer = ProfileBuilder.Person("lena")
            .Worked("Stream", "Senior Data Engineer", new DateOnly(2023, 1, 1), null, "Airflow DAGs into Snowflake.")
            .Worked("Retail", "BI Developer", new DateOnly(2020, 10, 1), new DateOnly(2022, 12, 1), "SQL Server reports.")
            .Build();

        var assessment = Assess(engineer, 5, "data engineer");

        Assert.Equal(AssessmentVerdict.Partial, assessment.Verdict);
        Assert.Equal(new EvidenceQuote("experience[0].title", "Senior Data Engineer"), Assert.Single(assessment.Evidence));
    }
}
