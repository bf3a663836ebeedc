using Hiring.Agents.Evaluation;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Sourcing;
using Hiring.Agents.Tests.Talent;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Evaluation;

public sealed class ShortlistGateTests
{
    private static readonly ShortlistGate Gate = new(new CandidateConstraints(Sourcing.Specs.Places, EvaluationHarness.Taxonomy));
    private static readonly JobSpec SeniorInBerlin = Specs.Backend("senior", locations: "Berlin");
    private static readonly Qualification[] Approved = [Quals.Skill("q1", "go"), Quals.Skill("q2", "kubernetes"), Quals.Skill("q3", "kafka", kind: QualificationKind.NiceToHave)];

    private static CandidateEvaluation Evaluate(string city, string title, params string[] skills)
    {
        var profile = ProfileBuilder.Person($"p-{city}-{title}")
            .LivesIn(city, "", "DE")
            .Worked("Initech", title, new DateOnly(2016, 1, 1), null, $"Worked with {string.Join(", ", skills)}.")
            .Skills(skills)
            .Build();
        return EvaluationHarness.BuiltIn().Evaluate(new EvaluationRequest(profile, Approved, SeniorInBerlin));
    }

    [Fact]
    public void EveryMustHaveMetAndEveryConstraintMetPassesWithoutTheNiceToHave()
    {
        Assert.True(Gate.Check(Evaluate("Berlin", "Senior Backend Engineer", "Go", "Kubernetes"), Approved, SeniorInBerlin).Pass);
    }

    [Fact]
    public void AMustHaveShortOfMetIsHeldWithTheReason()
    {
        var decision = Gate.Check(Evaluate("Berlin", "Senior Backend Engineer", "Go"), Approved, SeniorInBerlin);

        Assert.False(decision.Pass);
        Assert.Equal("kubernetes NotMet", decision.Reason);
    }

    [Theory]
    [InlineData("Munich", "Senior Backend Engineer", "location NotMet")]
    [InlineData("Berlin", "Engineering Manager", "level NotMet")]
    [InlineData("Berlin", "Backend Engineer", "level NotMet")]
    public void AConstraintShortOfMetIsHeldWhateverTheSkills(string city, string title, string reason)
    {
        var decision = Gate.Check(Evaluate(city, title, "Go", "Kubernetes"), Approved, SeniorInBerlin);

        Assert.False(decision.Pass);
        Assert.StartsWith(reason, decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEvaluationMadeBeforeConstraintsWereCheckedCannotProveThem()
    {
        var old = Evaluate("Berlin", "Senior Backend Engineer", "Go", "Kubernetes") with { Constraints = null };

        Assert.Equal("location not checked", Gate.Check(old, Approved, SeniorInBerlin).Reason);
    }

    [Fact]
    public void AnEvaluationOfAnEarlierVersionOfAMustHaveIsHeld()
    {
        var evaluation = Evaluate("Berlin", "Senior Backend Engineer", "Go", "Kubernetes");
        Qualification[] edited = [Approved[0] with { Version = 2 }, Approved[1]];

        Assert.Equal("go not assessed in its current version", Gate.Check(evaluation, edited, SeniorInBerlin).Reason);
    }

    [Fact]
    public void NoEvaluationIsHeld()
    {
        Assert.False(Gate.Check(null, Approved, SeniorInBerlin).Pass);
    }
}
