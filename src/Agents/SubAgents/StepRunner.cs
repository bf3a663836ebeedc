using Hiring.Agents.Identity;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.SubAgents;

/// <summary>
/// The step lifecycle every sub-agent shares, without the grain: accept a step once per key, run
/// the oldest accepted step on a working copy of the state (kept on success, dropped on failure, so
/// no step is ever half applied), record its outcome within the bound and queue its report.
/// </summary>
public sealed class StepRunner<TState>(string agentKey, StepHandlers<TState> handlers, Func<TState, TState> copy, int remembered)
    where TState : class, ISubAgentState
{
    /// <summary>Accepts <paramref name="command"/> into the record; false when nothing changed (the step is already accepted).</summary>
    public bool Accept(TState state, StepCommand command)
    {
        if (GrainKeys.TenantOf(command.Recruiter) != GrainKeys.TenantOf(agentKey))
        {
            // Another tenant's recruiter learns nothing, not even that the key exists.
            throw new AssistantRefusalException(RefusalCodes.NotFound, "Not found.");
        }

        if (state.Steps.ReportAgain(command))
        {
            return true;
        }

        if (state.Steps.IsAccepted(command.IdempotencyKey))
        {
            return false;
        }

        handlers.For(command.Action);
        state.Steps.Accepted.Add(command);
        return true;
    }

    /// <summary>
    /// Runs the oldest accepted step and returns the state to keep: the working copy with the outcome
    /// recorded, or the state as it was with the failure reported. Cancellation leaves the step accepted.
    /// </summary>
    public async Task<TState> RunNextAsync(TState state, IHiringProject project, CancellationToken cancellationToken)
    {
        var command = state.Steps.Accepted[0];
        var work = copy(state);
        try
        {
            var outcome = await handlers.RunAsync(new StepContext<TState>(agentKey, command, work, project), cancellationToken);
            work.Steps = state.Steps;
            work.Steps.Finish(command, outcome, remembered);
            return work;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (AssistantRefusalException refusal)
        {
            state.Steps.Fail(command, StepReportStatus.Refused, refusal.Message);
            return state;
        }
        catch (Exception ex)
        {
            state.Steps.Fail(command, StepReportStatus.Failed, ex.Message);
            return state;
        }
    }
}
