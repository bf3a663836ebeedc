using Hiring.Agents.Privacy;
using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// Erasure in a recruiter's assistant, without the grain. What is about the erased person alone and
/// still to happen does not happen: a pending approval whose step names only them as its candidates
/// is withdrawn (<see cref="ApprovalStatus.Withdrawn"/>, with <c>reason</c> as its summary, which names
/// no one, and no inputs but the project), and its step, like a step not yet started for them alone,
/// is skipped, so the plan goes on with its other steps or ends, instead of waiting forever. What has
/// happened keeps its place with their mentions redacted (<see cref="PlanRedaction"/>): plans (the
/// message, the plan, each step's inputs, summary, error and report, the outputs), decided approvals
/// (one about them alone keeps its verdict and nothing it said) and the open question. A step already
/// with its agent finishes there on the inputs the agent redacted. Erasing again changes nothing.
/// </summary>
public static class SupervisorErasure
{
    public static SupervisorErasureResult Erase(SupervisorState state, PlanRedaction redaction, string reason)
    {
        var withdrawn = new List<ApprovalRequest>();
        var changed = false;
        for (var i = 0; i < state.Approvals.Count; i++)
        {
            var approval = state.Approvals[i];
            if (!redaction.Names(approval))
            {
                continue;
            }

            state.Approvals[i] = Erase(approval, redaction, reason);
            if (state.Approvals[i].Status == ApprovalStatus.Withdrawn)
            {
                withdrawn.Add(state.Approvals[i]);
            }

            changed = true;
        }

        var ids = withdrawn.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var run in state.Plans)
        {
            changed |= Erase(run, redaction, ids);
        }

        if (state.Question is { } question && redaction.Names(question))
        {
            state.Question = redaction.Question(question);
            changed = true;
        }

        return new SupervisorErasureResult(changed, withdrawn);
    }

    private static ApprovalRequest Erase(ApprovalRequest approval, PlanRedaction redaction, string reason)
    {
        if (!redaction.OnlyThem(approval.Inputs))
        {
            return approval with
            {
                Summary = redaction.Redact(approval.Summary),
                Inputs = redaction.Values(approval.Inputs),
                Decision = approval.Decision is { } decision
                    ? decision with { Changes = decision.Changes is { } changes ? redaction.Values(changes) : null, Note = redaction.Optional(decision.Note) }
                    : null,
            };
        }

        return approval.Status == ApprovalStatus.Pending
            ? approval with { Status = ApprovalStatus.Withdrawn, Summary = reason, Inputs = PlanRedaction.Cleared(approval.Inputs) }
            : approval with
            {
                Summary = CandidateMentions.Marker,
                Inputs = PlanRedaction.Cleared(approval.Inputs),
                Decision = approval.Decision is { } decided ? new ApprovalDecision(decided.Verdict) : null,
            };
    }

    private static bool Erase(PlanRun run, PlanRedaction redaction, HashSet<string> withdrawn)
    {
        var changed = false;
        foreach (var step in run.Steps)
        {
            var alone = redaction.OnlyThem(step.Inputs);
            if (step.Status is StepRunStatus.Pending or StepRunStatus.WaitingApproval && (alone || (step.ApprovalId is { } id && withdrawn.Contains(id))))
            {
                step.Status = StepRunStatus.Skipped;
                Clear(step);
                changed = true;
            }
            else if (redaction.Names(step) && alone && step.Status != StepRunStatus.Running)
            {
                Clear(step);
                changed = true;
            }
            else if (redaction.Names(step))
            {
                step.Step = redaction.Step(step.Step);
                step.Inputs = redaction.Values(step.Inputs);
                step.Summary = redaction.Optional(step.Summary);
                step.LastError = redaction.Optional(step.LastError);
                step.Report = step.Report is { } report ? redaction.Report(report) : null;
                changed = true;
            }
        }

        if (run.Status == PlanRunStatus.WaitingApproval && !run.Steps.Exists(s => s.Status == StepRunStatus.WaitingApproval))
        {
            // Nothing waits any more: the plan goes on with its other steps, or ends.
            run.Status = PlanRunStatus.Running;
            changed = true;
        }

        if (redaction.Names(run.Message) || redaction.Names(run.Plan) || redaction.Names(run.Outputs))
        {
            run.Message = redaction.Redact(run.Message);
            run.Plan = redaction.Plan(run.Plan);
            run.Outputs = redaction.Values(run.Outputs);
            changed = true;
        }

        return changed;
    }

    /// <summary>A step about the person alone that will not run again keeps its place and status, and nothing it said.</summary>
    private static void Clear(StepRun step)
    {
        step.Step = step.Step with { Inputs = PlanRedaction.Cleared(step.Step.Inputs), Summary = null };
        step.Inputs = PlanRedaction.Cleared(step.Inputs);
        step.Summary = step.Summary is null ? null : CandidateMentions.Marker;
        step.LastError = null;
        step.Report = null;
    }
}
