using Hiring.Agents.Supervisor.State;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Policy;
using Microsoft.Extensions.Logging;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// Decisions still to join the recruiter's memory: an outbox in the supervisor's state. A decision enters it in the
/// same state write that records the decision, and leaves it once the memory has it; a call that fails (a cut
/// connection, the memory's silo gone) leaves it there for the next pass or, after a crash, the next activation.
/// Remembering the same decision again refreshes its memory instead of adding a second one, so a call whose answer
/// was lost costs nothing.
/// </summary>
public sealed partial class DecisionMemories(SupervisorState state, IMessagePolicy policy, Func<MemoryDraft, Task> remember, ILogger logger)
{
    // A decision weighs less in recall than what the recruiter asked to keep.
    private const double DecisionImportance = 0.4;

    /// <summary>Whether a decision still waits for the memory.</summary>
    public bool Pending => state.DecisionsToRemember.Count > 0;

    /// <summary>Puts a decided approval in the outbox; the caller's next state write keeps it.</summary>
    public void Add(ApprovalRequest approval)
    {
        if (approval.Decision is not null && !state.DecisionsToRemember.Contains(approval.Id))
        {
            state.DecisionsToRemember.Add(approval.Id);
        }
    }

    /// <summary>
    /// Hands each waiting decision to the memory, in the order decided; one that fails stays, and so do the ones after it
    /// (the memory is unreachable). A decision no longer among the approvals (trimmed, or erased) leaves unremembered.
    /// </summary>
    public async Task KeepAsync()
    {
        while (state.DecisionsToRemember is [var id, ..])
        {
            if (state.Approvals.Find(a => a.Id == id) is { Decision: { } decision } approval)
            {
                try
                {
                    await remember(Draft(approval, decision));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogNotYetRemembered(logger, ex, id);
                    return;
                }
            }

            state.DecisionsToRemember.Remove(id);
        }
    }

    /// <summary>The memory of a decision: what was decided, with the recruiter's note when the policy lets it be kept.</summary>
    public MemoryDraft Draft(ApprovalRequest approval, ApprovalDecision decision)
    {
        var note = decision.Note is { Length: > 0 } said && !policy.Screen(said).Refused ? $" ({said.Trim()})" : "";
        var verdict = decision.Verdict switch { ApprovalVerdict.Reject => "rejected", ApprovalVerdict.Edit => "approved with changes", _ => "approved" };
        return new MemoryDraft($"You {verdict}: {approval.Summary}{note}", MemoryKind.Decision, DecisionImportance, new MemorySource(MemorySource.Approval, approval.Id, approval.Summary));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The decision on approval {Approval} could not join the memory yet; it is tried again")]
    private static partial void LogNotYetRemembered(ILogger logger, Exception exception, string approval);
}
