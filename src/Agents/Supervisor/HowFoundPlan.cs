using Hiring.Agents.Outreach.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// The plan of the outreach agent's word that a candidate asked how they were found: its meaning is
/// given, so no planner reads it; one answer-how-found step for the outreach agent, which drafts the
/// answer from the records and offers it with its own Send approval (drafting sends nothing).
/// </summary>
public static class HowFoundPlan
{
    public const string EngineName = "structured:how-found";
    public const string ResourceName = "how-found";
    public const string Version = "1";

    public static Plan For(MessageEnvelope envelope, AskedHowFound asked) =>
        StructuredPlans.OneStep(
            PlanIntent.DraftOutreach,
            new PlanStep(AgentKind.Outreach, PlanActions.AnswerHowFound, StepValues.Write(new AnswerHowFoundInput([asked.CandidateId], envelope.ProjectId)), NeedsApproval: false),
            envelope.Text,
            EngineName,
            ResourceName,
            Version);
}
