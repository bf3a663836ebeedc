using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Planning;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>The supervisor's view: one interface, either engine behind it, the same plan schema out.</summary>
public sealed class PlannerEnginesTests
{
    [Theory]
    [InlineData(ReasoningEngine.BuiltIn)]
    [InlineData(ReasoningEngine.Llm)]
    public async Task BothEnginesPlanFindSeniorGoEngineersInBerlinForTheOpenGoRoleAsAnApprovedSearchThenAnEvaluation(ReasoningEngine engine)
    {
        using var services = engine == ReasoningEngine.BuiltIn
            ? ReasoningServices.Build(new Dictionary<string, string?>())
            : ReasoningServices.WithScriptedModel(new ScriptedChatCompletionService().Answers(ModelAnswers.FindGoEngineersPlan));
        var planner = services.GetRequiredService<IReasoningTask<PlanRequest, Plan>>();

        var open = new DialogueState(new OpenProject("go-berlin", new JobSpec("Senior Go Developer", "go developer", "senior", ["Berlin"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["go"], []), null);
        var plan = await planner.RunAsync(new PlanRequest("Find senior Go engineers in Berlin", Dialogue: open), new ReasoningContext("acme", "acme/alice"));

        Assert.Equal(engine, plan.Provenance.Engine);
        Assert.Equal(ModelTier.Reasoning, plan.Provenance.Tier);
        Assert.Equal(PlanIntent.FindCandidates, plan.Intent);
        Assert.Equal([(AgentKind.Sourcing, PlanActions.Search, ApprovalAction.StartSourcing), (AgentKind.Evaluation, PlanActions.EvaluateCandidates, ApprovalAction.None)], plan.Steps.Select(s => (s.Agent, s.Action, s.Approval)));
        Assert.Equal("senior", plan.Slots.Seniority);
        Assert.Equal("berlin", plan.Slots.Locations.Single().ToLowerInvariant());
        Assert.False(string.IsNullOrWhiteSpace(plan.Summary));
    }
}
