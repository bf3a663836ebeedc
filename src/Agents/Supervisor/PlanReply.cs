using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// What a finished plan tells the recruiter: what its agents did. A plan that waited for the recruiter's approval
/// already told what came before the wait ("I propose these changes for your approval: …"), and the recruiter has
/// approved it since: from the reply that ends the plan that proposal would read as still waiting, so only what
/// the plan did from the approved step on is told.
/// </summary>
public static class PlanReply
{
    /// <summary>The summaries of the done steps the reply ending <paramref name="run"/> tells, in order.</summary>
    public static List<string> Told(PlanRun run, SupervisorState state)
    {
        var approvedAt = run.Steps
            .Where(s => s.ApprovalId is { } id && state.Approvals.Exists(a => a.Id == id && a.Status == ApprovalStatus.Approved && a.Decision is not null))
            .Select(s => s.Index)
            .DefaultIfEmpty(int.MinValue)
            .Max();
        return [.. run.Steps.Where(s => s.Status == StepRunStatus.Done && s.Step.Agent != AgentKind.Supervisor && s.Summary is not null && s.Index >= approvedAt).Select(s => s.Summary!)];
    }
}
