using Hiring.Agents.Learning.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// The plan of a learning proposal: its meaning is given, so no planner reads it; one apply-learning
/// step that waits for the recruiter's approval (apply-qualification-change in their policy), shown
/// in the approvals inbox with the evidence behind it. A rejected proposal changes nothing.
/// </summary>
public static class LearningPlan
{
    public const string EngineName = "structured:learning";
    public const string ResourceName = "learning";
    public const string Version = "1";

    public static Plan For(MessageEnvelope envelope, LearningProposal proposal)
    {
        var inputs = StepValues.Write(new ApplyLearningInput(
            Key: proposal.Key,
            Change: proposal.Change.ToString(),
            Subject: proposal.Subject,
            Text: proposal.Change == LearningChange.AddNiceToHave ? proposal.Subject : null,
            Evidence: proposal.Evidence,
            Candidates: proposal.Positives.Count > 0 ? proposal.Positives : null));
        return StructuredPlans.OneStep(
            PlanIntent.RefineRequirements,
            new PlanStep(AgentKind.Learning, PlanActions.ApplyLearning, inputs, NeedsApproval: true, ApprovalAction.ApplyQualificationChange, $"{proposal.Text}. {proposal.Evidence}"),
            envelope.Text,
            EngineName,
            ResourceName,
            Version);
    }
}
