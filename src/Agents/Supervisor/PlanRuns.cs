using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Supervisor;

/// <summary>Turns a plan into a run with step states and idempotency keys.</summary>
public static class PlanRuns
{
    public static PlanRun Create(string recruiterKey, InboxItem item, Plan plan, string? projectId, DateTimeOffset now, bool replanned = false)
    {
        var planId = $"m{item.Sequence}{(replanned ? "r" : string.Empty)}";
        var steps = plan.Steps.Select((step, index) =>
        {
            var inputs = new Dictionary<string, string>(step.Inputs);
            return new StepRun
            {
                Index = index,
                Step = step,
                Status = StepRunStatus.Pending,
                Inputs = inputs,
            };
        }).ToList();
        return new PlanRun
        {
            PlanId = planId,
            MessageSequence = item.Sequence,
            ClientMessageId = item.Envelope.ClientMessageId,
            Message = item.Envelope.Text,
            ProjectId = projectId,
            Plan = plan,
            Steps = steps,
            Status = PlanRunStatus.Running,
            Replanned = replanned,
            StartedAt = now,
        };
    }
}
