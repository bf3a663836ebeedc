using Hiring.Contracts.Agents;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.SubAgents;

/// <summary>One sub-agent's handlers by action; an agent with none yet refuses every action as not available.</summary>
public sealed class StepHandlers<TState>(string agent, IEnumerable<IStepHandler<TState>> handlers)
    where TState : class, ISubAgentState
{
    private readonly Dictionary<string, IStepHandler<TState>> _byAction = handlers.ToDictionary(h => h.Action, StringComparer.Ordinal);

    public string Agent => agent;

    /// <summary>Runs the step with the handler of its action.</summary>
    public Task<StepOutcome> RunAsync(StepContext<TState> step, CancellationToken cancellationToken = default) =>
        For(step.Command.Action).RunAsync(step, cancellationToken);

    /// <summary>The handler of <paramref name="action"/>; refuses an action the agent does not have.</summary>
    public IStepHandler<TState> For(string action) =>
        _byAction.TryGetValue(action, out var handler) ? handler
        : _byAction.Count == 0 ? throw new AssistantRefusalException(RefusalCodes.NotAvailable, $"The {agent} agent is not available yet, so I can't '{action}'.")
        : throw new AssistantRefusalException(RefusalCodes.Invalid, $"The {agent} agent can't '{action}'.");
}
