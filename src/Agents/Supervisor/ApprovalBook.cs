using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>Pending and decided approvals: creating them for waiting steps and recording decisions.</summary>
public sealed class ApprovalBook(SupervisorState state, SupervisorOptions options)
{
    public ApprovalRequest Request(PlanRun run, StepRun step, DateTimeOffset now)
    {
        var approval = new ApprovalRequest(
            Id: $"{run.PlanId}-s{step.Index}",
            PlanId: run.PlanId,
            StepIndex: step.Index,
            Action: step.Step.Approval,
            Agent: step.Step.Agent,
            StepAction: step.Step.Action,
            Summary: Describe(run, step),
            Inputs: new Dictionary<string, string>(step.Inputs),
            CreatedAt: now,
            Status: ApprovalStatus.Pending,
            ProjectId: run.ProjectId);
        state.Approvals.RemoveAll(a => a.Id == approval.Id);
        state.Approvals.Add(approval);
        return approval;
    }

    public ApprovalRequest? Find(string approvalId) => state.Approvals.Find(a => a.Id == approvalId);

    /// <summary>Records a decision and returns the decided approval; a second decision is refused, so a late click never passes for the first.</summary>
    public ApprovalRequest Decide(string approvalId, ApprovalDecision decision)
    {
        var index = state.Approvals.FindIndex(a => a.Id == approvalId);
        if (index < 0)
        {
            throw new AssistantRefusalException(RefusalCodes.NotFound, $"There is no approval '{approvalId}'.");
        }

        var current = state.Approvals[index];
        if (current.Status != ApprovalStatus.Pending)
        {
            throw new AssistantRefusalException(RefusalCodes.AlreadyDecided, $"Approval '{approvalId}' is already {current.Status.ToString().ToLowerInvariant()}.");
        }

        if (decision.Verdict == ApprovalVerdict.Edit && decision.Changes is not { Count: > 0 })
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, "An edit needs at least one change.");
        }

        var decided = current with
        {
            Status = decision.Verdict == ApprovalVerdict.Reject ? ApprovalStatus.Rejected : ApprovalStatus.Approved,
            Decision = decision,
        };
        state.Approvals[index] = decided;
        Trim();
        return decided;
    }

    private static readonly string[] CandidateWords =
        [StepValueNames.Shown, StepValueNames.Titles, StepValueNames.Skills, StepValueNames.Locations, StepValueNames.Seniority, StepValueNames.Years];

    private void Trim()
    {
        var decided = state.Approvals.Where(a => a.Status != ApprovalStatus.Pending).ToList();
        foreach (var old in decided.Take(Math.Max(0, decided.Count - options.RememberedApprovals)))
        {
            state.Approvals.Remove(old);
        }
    }

    private static string Describe(PlanRun run, StepRun step)
    {
        // Reactions to candidates name the candidates' titles and places ("1 is off, she's a python dev really"), never
        // the search's: shown as inputs they would read as what the search looks for. Shown ids are for the agent.
        var hidden = run.Plan.Intent == PlanIntent.CandidateFeedback ? CandidateWords : [StepValueNames.Shown];
        var inputs = string.Join(", ", step.Inputs.Where(p => p.Key != StepValueNames.Request && !hidden.Contains(p.Key)).Select(p => $"{p.Key}: {p.Value}"));
        var what = $"{step.Step.Agent} will {step.Step.Action.Replace('-', ' ')}";
        if (step.Step.Summary is { Length: > 0 } summary)
        {
            return $"{what}: {summary}";
        }

        return string.IsNullOrEmpty(inputs) ? $"{what} ({run.Plan.Summary})" : $"{what} with {inputs}";
    }
}
