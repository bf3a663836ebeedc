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

    [Theory]
    [InlineData("paralegal-cork", "paralegal-cork")]
    [InlineData("someone-elses-project", null)]
    public async Task TheLlmPlannerSeesTheRecruitersOtherProjectsAndMayGoBackOnlyToOneOfThem(string answered, string? expected)
    {
        var answer = ModelAnswers.FindGoEngineersPlan.Replace("\"intent\": \"FindCandidates\",", $"\"intent\": \"FindCandidates\", \"project\": \"{answered}\",", StringComparison.Ordinal);
        var model = new ScriptedChatCompletionService().Answers(answer);
        using var services = ReasoningServices.WithScriptedModel(model);
        var planner = services.GetRequiredService<IReasoningTask<PlanRequest, Plan>>();
        var paralegal = new OpenProject("paralegal-cork", new JobSpec("Paralegal", "paralegal", "", ["Cork, IE"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["litigation"], []);
        var open = new DialogueState(new OpenProject("go-berlin", new JobSpec("Senior Go Developer", "go developer", "senior", ["Berlin"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []), ["go"], []), null, [paralegal]);

        var plan = await planner.RunAsync(new PlanRequest("back to the paralegal one, find candidates", Dialogue: open), new ReasoningContext("acme", "acme/alice"));

        var prompt = string.Join("\n", model.Received.Single().Select(m => m.Content));
        Assert.Contains("Other recent projects: id paralegal-cork; title \"paralegal\"", prompt, StringComparison.Ordinal);
        Assert.Equal(expected, plan.ProjectId);
    }
}
