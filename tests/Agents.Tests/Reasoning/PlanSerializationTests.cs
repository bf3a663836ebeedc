using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>Plans, provenance and degraded notices cross grain boundaries and reach storage.</summary>
public sealed class PlanSerializationTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    [Fact]
    public void APlanSurvivesOrleansSerialization()
    {
        var provenance = new Provenance(ReasoningEngine.Llm, "gpt", "planner", "1", ModelTier.Reasoning, DegradedReason.Timeout);
        var plan = new Plan(
            PlanIntent.FindCandidates,
            [new PlanStep(AgentKind.Sourcing, PlanActions.Search, new Dictionary<string, string> { ["skills"] = "go" }, true, ApprovalAction.StartSourcing)],
            "Searching.",
            new RequestSlots(["software engineer"], ["go"], ["berlin"], "senior", 5, 10, "Maria", null),
            0.9,
            provenance);

        var copy = Serializer.Deserialize<Plan>(Serializer.SerializeToArray(plan))!;

        Assert.Equal(plan.Intent, copy.Intent);
        Assert.Equal(plan.Provenance, copy.Provenance);
        Assert.Equal(plan.Slots.Skills, copy.Slots.Skills);
        Assert.Equal((plan.Slots.Years, plan.Slots.Count, plan.Slots.Candidate), (copy.Slots.Years, copy.Slots.Count, copy.Slots.Candidate));
        Assert.Equal(plan.Steps[0].Inputs, copy.Steps[0].Inputs);
        Assert.Equal((AgentKind.Sourcing, true, ApprovalAction.StartSourcing), (copy.Steps[0].Agent, copy.Steps[0].NeedsApproval, copy.Steps[0].Approval));
    }

    [Fact]
    public void DegradedNoticesAndFaqAnswersSurviveOrleansSerialization()
    {
        var notice = new ReasoningDegraded("planner", DegradedReason.UnusableOutput, "bad", "acme", "acme/alice", null, DateTimeOffset.UnixEpoch);
        var answer = new FaqAnswer(true, "Yes.", "Remote?", 0.8, new Provenance(ReasoningEngine.BuiltIn, "builtin", "builtin/faq", "1", ModelTier.Fast));

        Assert.Equal(notice, Serializer.Deserialize<ReasoningDegraded>(Serializer.SerializeToArray(notice)));
        Assert.Equal(answer, Serializer.Deserialize<FaqAnswer>(Serializer.SerializeToArray(answer)));
    }
}
