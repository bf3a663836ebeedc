using Hiring.Contracts.Agents;

namespace Hiring.Agents.SubAgents;

/// <summary>
/// One action of the sub-agent whose state is <typeparamref name="TState"/>. Register each with
/// <c>AddStepHandler</c>; the agent's grain finds it by <see cref="Action"/>. A handler may change
/// the state it is given: the changes are kept only when it returns an outcome.
/// </summary>
public interface IStepHandler<TState>
    where TState : class, ISubAgentState
{
    /// <summary>The action it performs, one of <see cref="Contracts.Planning.PlanActions"/>.</summary>
    string Action { get; }

    Task<StepOutcome> RunAsync(StepContext<TState> step, CancellationToken cancellationToken);
}
