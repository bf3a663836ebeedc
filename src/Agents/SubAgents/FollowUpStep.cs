using Hiring.Contracts.Planning;

namespace Hiring.Agents.SubAgents;

/// <summary>A step a handler asks the supervisor to run next, its inputs written from a typed record.</summary>
public static class FollowUpStep
{
    /// <summary>The step; <paramref name="summary"/> says what it will do in the recruiter's words, shown with its approval.</summary>
    public static PlanStep For<TInput>(AgentKind agent, string action, TInput input, bool needsApproval = false, ApprovalAction approval = ApprovalAction.None, string? summary = null)
        where TInput : notnull =>
        new(agent, action, StepValues.Write(input), needsApproval, approval, summary);
}
