using Hiring.Agents.Intake.Steps;
using Hiring.Agents.Supervisor.State;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// A newer proposal of the same kind for the same project (the qualifications proposed again after a change, a second
/// search) replaces the one still waiting: the older is withdrawn as replaced, announced without being anyone's decision,
/// and its plan ends there, so a bare "yes" never has to ask which of a thing and its own replacement is meant. Qualifications
/// carry over what the older proposal listed, as they do from one this plan's message has just rejected ("no, make
/// typescript a nice to have"): the new approval is the whole proposal, not only what changed.
/// </summary>
public static class ApprovalSupersession
{
    /// <summary>Withdraws what <paramref name="step"/> replaces, merges the qualifications it carries over into its inputs, and returns the withdrawn approvals.</summary>
    public static IReadOnlyList<ApprovalRequest> Replace(SupervisorState state, PlanRun run, StepRun step, string reason)
    {
        if (run.ProjectId is not { } project)
        {
            return [];
        }

        bool Same(ApprovalRequest a) => a.ProjectId == project && a.StepAction == step.Step.Action && a.PlanId != run.PlanId;
        var rejectedNow = run.Steps.Where(s => s.Step.Action == PlanActions.DecideApproval && s.Status == StepRunStatus.Done)
            .SelectMany(s => (s.Inputs.GetValueOrDefault(StepValueNames.Approvals) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        var older = state.Approvals.Where(a => Same(a) && (a.Status == ApprovalStatus.Pending || (a.Status == ApprovalStatus.Rejected && rejectedNow.Contains(a.Id)))).ToList();
        if (step.Step.Action == PlanActions.ApplyQualifications && older.Count > 0)
        {
            var merged = older.Aggregate(StepValues.Bind<ApplyQualificationsInput>(step.Inputs), (input, o) => input.Over(StepValues.Bind<ApplyQualificationsInput>(o.Inputs)));
            foreach (var (name, value) in StepValues.Write(merged))
            {
                step.Inputs[name] = value;
            }
        }

        var withdrawn = new List<ApprovalRequest>();
        foreach (var replaced in older.Where(a => a.Status == ApprovalStatus.Pending))
        {
            var index = state.Approvals.IndexOf(replaced);
            state.Approvals[index] = replaced with { Status = ApprovalStatus.Withdrawn, Summary = $"{reason} {replaced.Summary}" };
            ApprovalResumption.Apply(state, state.Approvals[index]);
            withdrawn.Add(state.Approvals[index]);
        }

        return withdrawn;
    }

    /// <summary>
    /// Whether the approval the plan waited on was withdrawn for a newer one of the same kind for the same project: the plan
    /// then ends without telling again what it proposed, which the newer proposal speaks for.
    /// </summary>
    public static bool Replaced(PlanRun run, SupervisorState state) =>
        state.Approvals.Any(w => w.PlanId == run.PlanId && w.Status == ApprovalStatus.Withdrawn && w.ProjectId is not null
            && state.Approvals.Any(n => n.PlanId != run.PlanId && n.ProjectId == w.ProjectId && n.StepAction == w.StepAction && n.CreatedAt >= w.CreatedAt));
}
