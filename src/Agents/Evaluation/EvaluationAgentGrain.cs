using Hiring.Agents.Identity;
using Hiring.Agents.Persistence;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Projects;
using Hiring.Storage;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Evaluation;

/// <summary>
/// The evaluation agent (key: tenant/project): a durable shell that remembers each step's outcome by
/// idempotency key and hands the work to <see cref="EvaluationAgent"/>.
/// </summary>
public sealed class EvaluationAgentGrain(
    [PersistentState("evaluation", StorageNames.Hiring)] IPersistentState<EvaluationAgentState> state,
    EvaluationAgent agent,
    IOptions<EvaluationOptions> options) : Grain, IEvaluationAgent
{
    public async Task<StepOutcome> Execute(StepCommand command)
    {
        var key = this.GetPrimaryKeyString();
        TenantContext.EnsureSameTenant(key);
        if (state.State.Outcomes.TryGetValue(command.IdempotencyKey, out var earlier))
        {
            return earlier;
        }

        var project = GrainFactory.GetGrain<IHiringProject>(key);
        var outcome = await agent.ExecuteAsync(project, GrainKeys.TenantOf(key), command);
        state.State.Remember(command.IdempotencyKey, outcome, options.Value.RememberedSteps);
        await state.WriteStateAsync();
        return outcome;
    }
}
