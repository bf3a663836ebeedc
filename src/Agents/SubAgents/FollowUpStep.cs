using Hiring.Contracts.Planning;

namespace Hiring.Agents.SubAgents;

/// <summary>A step a handler asks the supervisor to run next, its inputs written from a typed record.</summary>
public static class FollowUpStep
{
    public static PlanStep For<TInput>(AgentKind agent, string action, TInput input, bool needsApproval = false, ApprovalAction approval = ApprovalAction.None)
        where TInput : notnull =>
        new(agent, action, StepValues.Write(input), needsApproval, approval);
}
