using Hiring.Agents.Evaluation;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Sourcing;
using Hiring.Agents.Tests.Talent;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Policy;

namespace Hiring.Agents.Tests.Evaluation;

/// <summary>The spec's place and level checked on every evaluation, with evidence, and never a Match when one fails.</summary>
public sealed class ConstraintEvaluationTests
{
    private static readonly BuiltInEvaluator Evaluator = EvaluationHarness.BuiltIn();
    private static readonly Contracts.Projects.JobSpec SeniorInBerlin = Specs.Backend("senior", locations: "Berlin");
    private static readonly Contracts.Projects.Qualification[] GoAndKubernetes = [Quals.Skill("q1", "go"), Quals.Skill("q2", "kubernetes")];

    private static CandidateProfile Person(string city, string title) => ProfileBuilder.Person($"p-{city}-{title}")
        .Named("Kim Berg")
        .LivesIn(city, "", city == "Berlin" ? "DE" : "IN")
        .Worked("Initech", title, new DateOnly(2016, 1, 1), null, "Runs Go services on Kubernetes.")
        .Skills("Go", "Kubernetes")
        .Build();

    private static CandidateEvaluation Evaluate(CandidateProfile profile) => Evaluator.Evaluate(new EvaluationRequest(profile, GoAndKubernetes, SeniorInBerlin));

    [Fact]
    public void ASeniorEngineerInBerlinWithEveryMustHaveIsAMatchWithBothConstraintsMet()
    {
        var evaluation = Evaluate(Person("Berlin", "Senior Backend Engineer"));

        Assert.Equal(Recommendation.Match, evaluation.Recommendation);
        Assert.Equal([ConstraintKind.Location, ConstraintKind.Level, ConstraintKind.Title], evaluation.Constraints!.Select(c => c.Kind));
        Assert.All(evaluation.Constraints!, c => Assert.Equal(AssessmentVerdict.Met, c.Verdict));
    }

    [Fact]
    public void ADirectorWithEveryMustHaveIsNotAMatchForASeniorIndividualContributorsRole()
    {
        var evaluation = Evaluate(Person("Berlin", "Director of Engineering"));

        Assert.Equal(Recommendation.NotAMatch, evaluation.Recommendation);
        var level = Assert.Single(evaluation.Constraints!, c => c.Kind == ConstraintKind.Level);
        Assert.Equal((AssessmentVerdict.NotMet, "Director of Engineering", "senior, individual contributor"), (level.Verdict, level.Found, level.Asked));
        Assert.Contains("director (management)", level.Rationale, StringComparison.Ordinal);
        Assert.Contains("Outside the role's constraints", evaluation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void SomeoneInMumbaiIsNotAMatchForABerlinRoleAndTheCheckQuotesWhereTheyLive()
    {
        var evaluation = Evaluate(Person("Mumbai", "Senior Backend Engineer"));

        Assert.Equal(Recommendation.NotAMatch, evaluation.Recommendation);
        var location = Assert.Single(evaluation.Constraints!, c => c.Kind == ConstraintKind.Location);
        Assert.Equal((AssessmentVerdict.NotMet, "Mumbai, IN", "Berlin, DE"), (location.Verdict, location.Found, location.Asked));
        Assert.Equal("Lives in Mumbai, IN, outside Berlin, DE.", location.Rationale);
    }

    [Fact]
    public void EveryConstraintQuoteIsVerbatimInTheMaskedProfile()
    {
        var masker = PiiMasker.Load(EvaluationHarness.Prompts);
        foreach (var person in new[] { Person("Berlin", "Senior Backend Engineer"), Person("Mumbai", "Director of Engineering") })
        {
            var masked = masker.Mask(person);
            var evaluation = Evaluator.Evaluate(new EvaluationRequest(masked, GoAndKubernetes, SeniorInBerlin));

            Assert.All(evaluation.Constraints!.SelectMany(c => c.Evidence), q => Assert.True(QuoteCheck.IsVerbatim(masked, q), $"{q.Section}: {q.Text}"));
        }
    }

    [Theory]
    [InlineData("Senior Frontend Engineer", AssessmentVerdict.Partial, Recommendation.Possible)]
    [InlineData("Senior Financial Analyst", AssessmentVerdict.NotMet, Recommendation.NotAMatch)]
    [InlineData("Senior Back-end Developer", AssessmentVerdict.Met, Recommendation.Match)]
    public void TheCurrentTitleMustBeTheRolesAnAdjacentOneIsAtMostPossible(string title, AssessmentVerdict verdict, Recommendation recommendation)
    {
        var evaluation = Evaluate(Person("Berlin", title));

        Assert.Equal(verdict, evaluation.Constraints!.Single(c => c.Kind == ConstraintKind.Title).Verdict);
        Assert.Equal(recommendation, evaluation.Recommendation);
    }

    [Fact]
    public void AnUnknownLocationIsAtMostPossible()
    {
        var evaluation = Evaluate(Person("Berlin", "Senior Backend Engineer") with { Location = new Location("", "", "") });

        Assert.Equal(Recommendation.Possible, evaluation.Recommendation);
    }

    [Fact]
    public void WithoutASpecNoConstraintIsChecked()
    {
        var evaluation = Evaluator.Evaluate(new EvaluationRequest(Person("Mumbai", "Director of Engineering"), GoAndKubernetes));

        Assert.Empty(evaluation.Constraints!);
        Assert.Equal(Recommendation.Match, evaluation.Recommendation);
    }

    [Fact]
    public void TheScorerNeverRecommendsAMatchWhenAConstraintFails()
    {
        var met = Evaluate(Person("Berlin", "Senior Backend Engineer"));
        var failing = met.Constraints!.Select((c, i) => i == 0 ? c with { Verdict = AssessmentVerdict.NotMet } : c).ToList();

        Assert.Equal(Recommendation.NotAMatch, EvaluationScorer.Recommend(GoAndKubernetes, met.Assessments, failing));
        Assert.Equal(Recommendation.Match, EvaluationScorer.Recommend(GoAndKubernetes, met.Assessments, met.Constraints));
    }
}
