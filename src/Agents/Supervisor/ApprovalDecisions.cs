using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// The one way an approval is decided, whether from the inbox (the grain's Decide) or said in chat (a decide-approval step):
/// the decision recorded, the waiting plan resumed or ended, the decision put in the memory outbox, all in one state write
/// with the event that announces it; then the wake-up kept, the memory offered the decision and the work kicked.
/// </summary>
public sealed class ApprovalDecisions(SupervisorContext context, DecisionMemories memories, BackgroundWork work)
{
    public async Task<ApprovalRequest> DecideAsync(string approvalId, ApprovalDecision decision)
    {
        var approval = context.Approvals.Decide(approvalId, decision);
        ApprovalResumption.Apply(context.State, approval);
        // The decision and its place in the memory outbox are one state write: the memory gets it even if this silo dies now.
        memories.Add(approval);
        await context.SaveAndAnnounceAsync(EventDraft.Decided(approval));
        await work.EnsureWakeReminderAsync();
        await memories.KeepAsync();
        work.Kick(TimeSpan.Zero);
        return approval;
    }
}
