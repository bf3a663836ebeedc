using Hiring.Agents.Sourcing;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Agents;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Sourcing;

public sealed class SourcingStateTests
{
    [Fact]
    public void TheStateSurvivesOrleansSerializationWithItsIterationsPlansAndOutcomes()
    {
        var plan = new QueryPlanner(TalentTaxonomy.LoadDefault(), Specs.Places).Plan(Specs.Backend(locations: "Berlin"), Specs.GoAndKubernetes()) with { Where = LocationScope.WithRemote, RequiredNiceToHaves = ["docker"] };
        var state = new SourcingState
        {
            Steps = { Finished = { ["k1"] = new StepOutcome("done", new Dictionary<string, string> { ["candidates"] = "a,b" }) } },
            CalibratedAt = DateTimeOffset.UnixEpoch,
            CalibrationIds = ["c1"],
            Iterations = [new SourcingIteration(1, BooleanQueryBuilder.Build(plan), plan, [new StrategyQuery(SourcingStrategies.Boolean, "q", 12, "note")], ["a", "b"], 20, 6, 0.3, 6, LoopDecision.Tighten, "why", 2, 25)],
            LegacyFoundBy = { ["a"] = "q" },
            LegacyCredited = ["a"],
            Loop = 2,
        };
        var serializer = SerializerFactory.Create();

        var copy = serializer.Deserialize<SourcingState>(serializer.SerializeToArray(state))!;

        Assert.Equal("done", copy.Steps.Finished["k1"].Summary);
        Assert.Equal(state.CalibratedAt, copy.CalibratedAt);
        var iteration = Assert.Single(copy.Iterations);
        Assert.Equal(state.Iterations[0] with { Plan = iteration.Plan, Queries = iteration.Queries, CandidateIds = iteration.CandidateIds }, iteration);
        Assert.Equal(BooleanQueryBuilder.Build(plan), BooleanQueryBuilder.Build(iteration.Plan));
        Assert.Equal(["a", "b"], iteration.CandidateIds);
        Assert.Equal(("q", true, 2), (copy.LegacyFoundBy["a"], copy.LegacyCredited.Contains("a"), copy.Loop));
    }
}
