using Hiring.Agents.Identity;
using Hiring.Agents.Persistence;
using Hiring.Contracts.Agents;
using Hiring.Storage;

namespace Hiring.Agents.Tests.Supervisor.Doubles;

/// <summary>
/// Applies a step at most once per idempotency key (remembered durably, like a real agent must),
/// counting real applications in the script so tests can prove nothing was applied twice.
/// </summary>
public sealed class ScriptedAgentGrain([PersistentState("scripted", StorageNames.Hiring)] IPersistentState<ScriptedAgentState> state) : Grain, IScriptedAgent
{
    public async Task<StepOutcome> Execute(StepCommand command)
    {
        if (state.State.Applied.TryGetValue(command.IdempotencyKey, out var earlier))
        {
            return earlier;
        }

        var script = AgentScript.For(GrainKeys.TenantOf(command.Recruiter));
        var agent = this.GetPrimaryKeyString().Split('#')[^1];
        await script.BeforeApplyAsync(agent, command);
        script.RecordApplication(agent, command);
        var outcome = new StepOutcome(
            $"{agent} did {command.Action}.",
            new Dictionary<string, string> { [$"{command.Action}.by"] = agent },
            ProjectId: command.Action == Contracts.Planning.PlanActions.CreateProject ? command.ProjectId : null,
            FollowUps: script.TakeFollowUps(command.Action),
            Question: script.QuestionFor(command.Action));
        state.State.Applied[command.IdempotencyKey] = outcome;
        await state.WriteStateAsync();
        await script.AfterApplyAsync(agent, command);
        return outcome;
    }
}
