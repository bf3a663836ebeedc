using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Tests.Sourcing;
using Hiring.Agents.Tests.Talent;
using Hiring.Contracts.Evaluation;

namespace Hiring.Agents.Tests.Sourcing.Constraints;

public sealed class SpecConstraintsTests
{
    private static readonly CandidateConstraints Constraints = new(Specs.Places, Hiring.Talent.Search.TalentTaxonomy.LoadDefault());

    private static AssessmentVerdict TitleVerdict(Contracts.Projects.JobSpec spec, string title) =>
        Constraints.For(spec).Check(Person("t", "Toronto", "CA", title)).Single(c => c.Kind == ConstraintKind.Title).Verdict;

    private static Contracts.Talent.CandidateProfile Person(string id, string city, string country, string title) => ProfileBuilder.Person(id)
        .LivesIn(city, "", country)
        .Worked("Acme", "Backend Engineer", new DateOnly(2015, 1, 1), new DateOnly(2019, 12, 1), "Go services.")
        .Worked("Initech", title, new DateOnly(2020, 1, 1), null, "Go on Kubernetes.")
        .Skills("Go", "Kubernetes")
        .Build();

    [Fact]
    public void EachCheckQuotesWhatItReadTheLocationAndTheCurrentTitle()
    {
        var checks = Constraints.For(Specs.Backend("senior", locations: "Berlin")).Check(Person("a", "Munich", "DE", "Director of Engineering"));

        var location = Assert.Single(checks, c => c.Kind == ConstraintKind.Location);
        var level = Assert.Single(checks, c => c.Kind == ConstraintKind.Level);
        Assert.Equal((AssessmentVerdict.NotMet, "Munich, DE", "location"), (location.Verdict, location.Found, location.Evidence!.Section));
        Assert.Equal((AssessmentVerdict.NotMet, "Director of Engineering"), (level.Verdict, level.Found));
        Assert.Equal("director (management)", level.Reading);
        Assert.Matches(@"^experience\[\d\]\.title$", level.Evidence!.Section);
        Assert.Equal("Director of Engineering", level.Evidence.Text);
    }

    [Fact]
    public void TheCurrentTitleDecidesNotAPastOne()
    {
        var constraints = Constraints.For(Specs.Backend("senior", locations: "Berlin"));

        Assert.True(constraints.Admits(Person("b", "Berlin", "DE", "Senior Backend Engineer")));
        Assert.False(constraints.Admits(Person("c", "Berlin", "DE", "Engineering Manager")));
    }

    [Fact]
    public void WithoutPlacesTheLevelAndTheTitleAreTheConstraintsAndOnlyTheLevelFilters()
    {
        var constraints = Constraints.For(Specs.Backend("senior"));

        Assert.Equal([ConstraintKind.Level, ConstraintKind.Title], constraints.Kinds);
        Assert.Equal([ConstraintKind.Level], constraints.Filters);
        Assert.Equal("senior, individual contributor", constraints.Describe());
    }

    [Theory]
    [InlineData("Senior Backend Engineer", AssessmentVerdict.Met)]
    [InlineData("Senior Back-end Developer", AssessmentVerdict.Met)]
    [InlineData("Senior Frontend Engineer", AssessmentVerdict.Partial)]
    [InlineData("Senior Data Engineer", AssessmentVerdict.NotMet)]
    public void TheCurrentTitleIsTheRoleASynonymAnAdjacentRoleOrAnother(string title, AssessmentVerdict verdict)
    {
        var check = Constraints.For(Specs.Backend("senior")).Check(Person("t", "Berlin", "DE", title)).Single(c => c.Kind == ConstraintKind.Title);

        Assert.Equal((verdict, "backend engineer", title), (check.Verdict, check.Asked, check.Found));
    }

    [Theory]
    [InlineData("Senior Product Manager", AssessmentVerdict.Met)]
    [InlineData("Senior Technical Product Manager", AssessmentVerdict.Partial)]
    public void ALongerTitleThatHoldsTheRolesTitleIsAnotherRole(string title, AssessmentVerdict verdict) =>
        Assert.Equal(verdict, TitleVerdict(Specs.Backend("senior") with { Title = "Senior Product Manager", NormalizedTitle = "product manager" }, title));

    [Fact]
    public void ATitleTheTaxonomyDoesNotKnowIsMatchedAsWritten()
    {
        var spec = Specs.Backend("junior") with { Title = "Junior Data Analyst", NormalizedTitle = "data analyst" };

        var constraints = Constraints.For(spec);

        Assert.Equal(AssessmentVerdict.Met, constraints.Check(Person("a", "London", "GB", "Junior Data Analyst")).Single(c => c.Kind == ConstraintKind.Title).Verdict);
        Assert.Equal(AssessmentVerdict.NotMet, constraints.Check(Person("f", "London", "GB", "Junior Financial Analyst")).Single(c => c.Kind == ConstraintKind.Title).Verdict);
    }

    [Fact]
    public void TheFilterKeepsOnlyHitsThatMeetEveryConstraintAndCountsWhyTheOthersWentWhicheverStrategyFoundThem()
    {
        var people = new[]
        {
            Person("in", "Berlin", "DE", "Senior Backend Engineer"),
            Person("far", "Montreal", "CA", "Senior Backend Engineer"),
            Person("boss", "Berlin", "DE", "Director of Engineering"),
            Person("junior", "Berlin", "DE", "Junior Backend Engineer"),
        };
        var found = people.Select((p, i) => new FoundCandidate(p.Id, "public", p.Experiences[^1].Title, "Initech", false, 1.0 / (i + 1), [i % 2 == 0 ? SourcingStrategies.Boolean : SourcingStrategies.AiVariant], [], "q")).ToList();

        var (kept, report) = ConstraintFilter.Apply(found, people.ToDictionary(p => p.Id), Constraints.For(Specs.Backend("senior", locations: "Berlin")));

        Assert.Equal(["in"], kept.Select(k => k.Id));
        Assert.Equal(new FilterReport(4, 1, 1, 2), report);
        Assert.Equal("kept 1 of 4 hits: 1 outside Berlin, 2 not senior, individual contributor", report.Describe("Berlin", "senior, individual contributor"));
    }
}
