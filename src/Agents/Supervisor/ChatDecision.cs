using Hiring.Agents.SubAgents;
using Hiring.Agents.Supervisor.State;
using Hiring.Agents.Supervisor.Steps;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Planning.Dialogue;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// A decision said in chat ("approve all of that", "no, don't send that"): the approvals the planner read it as deciding,
/// each decided as the inbox decides it, and the recruiter told what was approved or rejected; or, when the message could
/// mean several, the one question which, whose answer the planner reads against them.
/// </summary>
public sealed class ChatDecision(ApprovalDecisions decisions, SupervisorMessages messages)
{
    public async Task<StepOutcome> RunAsync(PlanRun run, StepRun step, SupervisorContext context)
    {
        var input = StepValues.Bind<DecideApprovalInput>(step.Inputs);
        var ids = (input.Approvals ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (input.Text is { Length: > 0 } question)
        {
            IReadOnlyList<string> meant = ids.Length > 0 ? ids : [.. context.State.Approvals.Where(a => a.Status == ApprovalStatus.Pending).Select(a => a.Id)];
            return new StepOutcome(question, new Dictionary<string, string>(), Question: question, Open: new OpenQuestion(OpenQuestion.Approval, question, run.Message, meant, run.ProjectId));
        }

        var reject = string.Equals(input.Verdict, ApprovalChoice.RejectVerdict, StringComparison.OrdinalIgnoreCase);
        var status = reject ? ApprovalStatus.Rejected : ApprovalStatus.Approved;
        List<string> decided = [];
        foreach (var id in ids)
        {
            switch (context.Approvals.Find(id))
            {
                case { Status: ApprovalStatus.Pending }:
                    decided.Add((await decisions.DecideAsync(id, new ApprovalDecision(reject ? ApprovalVerdict.Reject : ApprovalVerdict.Approve))).Summary);
                    break;
                case { } done when done.Status == status:
                    // A step run again after a crash finds its decision made: it is told, not refused.
                    decided.Add(done.Summary);
                    break;
            }
        }

        var text = decided.Count == 0
            ? messages.Say("decided_nothing")
            : messages.Say(reject ? "decided_rejected" : "decided_approved", ("list", string.Join("; ", decided.Select(s => s.TrimEnd('.')))));
        return new StepOutcome(text, new Dictionary<string, string>());
    }
}
