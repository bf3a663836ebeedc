using Hiring.Contracts.Agents;

namespace Hiring.Agents.SubAgents;

/// <summary>
/// The one shape of an action: the plan's named values are bound once to <typeparamref name="TInput"/>
/// (a value that does not read refuses the step before any work), the handler works on the typed input
/// and returns a typed output, written back to named values for later steps.
/// </summary>
public abstract class StepHandler<TState, TInput, TOutput> : IStepHandler<TState>
    where TState : class, ISubAgentState
    where TInput : notnull
    where TOutput : notnull
{
    public abstract string Action { get; }

    async Task<StepOutcome> IStepHandler<TState>.RunAsync(StepContext<TState> step, CancellationToken cancellationToken)
    {
        var input = StepValues.Bind<TInput>(step.Command.Inputs);
        var result = await RunAsync(step, input, cancellationToken);
        return result.ToOutcome();
    }

    /// <summary>Performs the action on <paramref name="input"/>; may change <c>step.State</c>, kept only when it returns.</summary>
    public abstract Task<StepResult<TOutput>> RunAsync(StepContext<TState> step, TInput input, CancellationToken cancellationToken = default);
}
