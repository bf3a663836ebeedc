using Hiring.Agents.Evaluation;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Talent;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Evaluation;

public sealed class DatedMonthsTests
{
    private static readonly DateOnly June2026 = new(2026, 6, 15);

    private static Experience Role(int startYear, int startMonth, int? endYear = null, int? endMonth = null) =>
        new("Co", "Engineer", new DateOnly(startYear, startMonth, 1), endYear is { } y ? new DateOnly(y, endMonth!.Value, 1) : null, "");

    [Fact]
    public void ARoleCountsItsFirstAndLastMonth() =>
        Assert.Equal(12, DatedMonths.Of([Role(2020, 1, 2020, 12)], June2026));

    [Fact]
    public void OverlappingRolesCountSharedMonthsOnce() =>
        Assert.Equal(24, DatedMonths.Of([Role(2020, 1, 2020, 12), Role(2020, 7, 2021, 12)], June2026));

    [Fact]
    public void ARoleInsideAnotherAddsNothing() =>
        Assert.Equal(36, DatedMonths.Of([Role(2019, 1, 2021, 12), Role(2020, 3, 2020, 5)], June2026));

    [Fact]
    public void GapsBetweenRolesAreNotCounted() =>
        Assert.Equal(18, DatedMonths.Of([Role(2018, 1, 2018, 12), Role(2020, 1, 2020, 6)], June2026));

    [Fact]
    public void ACurrentRoleRunsToThisMonth() =>
        Assert.Equal(18, DatedMonths.Of([Role(2025, 1)], June2026));

    [Fact]
    public void ACurrentRoleOverlappingAnEndedOneCountsOnce() =>
        Assert.Equal(30, DatedMonths.Of([Role(2024, 1), Role(2024, 6, 2025, 3)], June2026));

    [Fact]
    public void YearsOfACurrentRoleGrowWithTheClock()
    {
        var clock = EvaluationHarness.Clock();
        var evaluator = EvaluationHarness.BuiltIn(clock);
        var profile = ProfileBuilder.Person("p").Worked("Co", "Backend Engineer", new DateOnly(2025, 8, 1), null, "Wrote Go.").Build();
        var request = new EvaluationRequest(profile, [Quals.Skill("q1", "go", minYears: 1)]);

        var before = evaluator.Evaluate(request).Assessments.Single();
        clock.Advance(TimeSpan.FromDays(31));
        var after = evaluator.Evaluate(request).Assessments.Single();

        Assert.Equal(AssessmentVerdict.Partial, before.Verdict);
        Assert.Equal(0.9, before.Years);
        Assert.Equal(AssessmentVerdict.Met, after.Verdict);
        Assert.Equal(1.0, after.Years);
    }
}
