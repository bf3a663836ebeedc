using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>Applies a decided approval to the plan waiting on it.</summary>
public static class ApprovalResumption
{
    public static void Apply(SupervisorState state, ApprovalRequest approval)
    {
        var run = state.Plans.Find(p => p.PlanId == approval.PlanId);
        var step = run?.Steps.Find(s => s.Index == approval.StepIndex);
        if (run is null || step is null || step.Status != StepRunStatus.WaitingApproval)
        {
            return;
        }

        if (approval.Status is ApprovalStatus.Rejected or ApprovalStatus.Withdrawn)
        {
            // Later steps were planned on the declined (or replaced) one, so the plan ends here.
            foreach (var later in run.Steps.Where(s => s.Index >= step.Index && s.Status != StepRunStatus.Done))
            {
                later.Status = StepRunStatus.Skipped;
            }
        }
        else
        {
            step.Approved = true;
            step.Status = StepRunStatus.Pending;
            foreach (var (name, value) in approval.Decision?.Changes ?? new Dictionary<string, string>())
            {
                step.Inputs[name] = value;
            }
        }

        run.Status = PlanRunStatus.Running;
    }
}
