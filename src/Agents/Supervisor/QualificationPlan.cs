using Hiring.Agents.Intake.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// The plan of a structured qualification decision from the app (approve, edit, remove, add): its
/// meaning is given, so no planner reads it; one apply-qualifications step for intake that needs no
/// approval (it is the recruiter's own decision). Its follow-ups run as after an approval: the first
/// approval starts the sourcing calibration batch.
/// </summary>
public static class QualificationPlan
{
    public const string EngineName = "structured:qualifications";
    public const string ResourceName = "qualifications";
    public const string Version = "1";

    public static Plan For(MessageEnvelope envelope, QualificationEdits edits)
    {
        // Every id decided on is listed (an edit with its new wording, an approval with none, which
        // intake reads as "approve as it stands"); only listed ids can be approved.
        var listed = edits.Approve.Concat(edits.Edits.Keys).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => edits.Edits.GetValueOrDefault(id) ?? "", StringComparer.Ordinal);
        var approve = edits.Approve.Concat(edits.Edits.Keys).Distinct(StringComparer.Ordinal).ToList();
        var inputs = StepValues.Write(new ApplyQualificationsInput(
            Listed: listed,
            Approve: approve.Count > 0 ? approve : [ApplyQualificationsInput.None],
            Remove: edits.Remove.Count > 0 ? edits.Remove : null,
            Add: edits.Add.Count > 0 ? edits.Add : null));

        return new Plan(
            PlanIntent.RefineRequirements,
            [new PlanStep(AgentKind.Intake, PlanActions.ApplyQualifications, inputs, NeedsApproval: false)],
            "I'll apply your qualification changes.",
            RequestSlots.Empty,
            1,
            new Provenance(ReasoningEngine.BuiltIn, EngineName, ResourceName, Version, ModelTier.Fast));
    }
}
