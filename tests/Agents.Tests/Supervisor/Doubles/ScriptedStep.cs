using System.Reflection;
using Hiring.Agents.Identity;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Tests.Supervisor.Doubles;

/// <summary>
/// Does what its tenant's <see cref="AgentScript"/> says for one action, counting real applications
/// in the script so tests can prove nothing was applied twice.
/// </summary>
public sealed class ScriptedStep(string action) : IStepHandler<ScriptedAgentState>
{
    public string Action => action;

    public static IEnumerable<IStepHandler<ScriptedAgentState>> ForEveryAction() =>
        typeof(PlanActions).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => new ScriptedStep((string)f.GetValue(null)!));

    public async Task<StepOutcome> RunAsync(StepContext<ScriptedAgentState> step, CancellationToken cancellationToken)
    {
        var command = step.Command;
        var script = AgentScript.For(GrainKeys.TenantOf(command.Recruiter));
        var agent = step.AgentKey.Split('#')[^1];
        await script.BeforeApplyAsync(agent, command);
        await script.WhileApplyingAsync(command, cancellationToken);
        script.RecordApplication(agent, command);
        return new StepOutcome(
            $"{agent} did {command.Action}.",
            new Dictionary<string, string> { [$"{command.Action}.by"] = agent },
            ProjectId: command.Action == PlanActions.CreateProject ? command.ProjectId : null,
            FollowUps: script.TakeFollowUps(command.Action),
            Question: script.QuestionFor(command.Action));
    }
}
