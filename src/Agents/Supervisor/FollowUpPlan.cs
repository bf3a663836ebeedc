using Hiring.Agents.Outreach.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// The plan of the outreach agent's reminder that follow-ups are due: its meaning is given, so no
/// planner reads it; one follow-up step for the outreach agent, which drafts and offers each
/// follow-up with its own Send approval (drafting sends nothing).
/// </summary>
public static class FollowUpPlan
{
    public const string EngineName = "structured:follow-ups";
    public const string ResourceName = "follow-ups";
    public const string Version = "1";

    public static Plan For(MessageEnvelope envelope, FollowUpsDue due) =>
        StructuredPlans.OneStep(
            PlanIntent.FollowUp,
            new PlanStep(AgentKind.Outreach, PlanActions.FollowUp, StepValues.Write(new FollowUpInput(due.CandidateIds, envelope.ProjectId)), NeedsApproval: false),
            envelope.Text,
            EngineName,
            ResourceName,
            Version);
}
