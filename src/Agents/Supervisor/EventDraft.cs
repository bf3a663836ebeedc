using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// An event still to be written. One that is <see cref="Said"/> is also the assistant's turn in the
/// conversation, answering the recruiter's message <see cref="ClientMessageId"/>.
/// </summary>
public sealed record EventDraft(
    AssistantEventKind Kind,
    string Text,
    string? PlanId = null,
    int? StepIndex = null,
    string? Payload = null,
    bool Said = false,
    string? ClientMessageId = null)
{
    /// <summary>Told to the recruiter: an event that is also a conversation turn.</summary>
    public static EventDraft Say(AssistantEventKind kind, string text, string? clientMessageId, string? planId = null, int? stepIndex = null, string? payload = null) =>
        new(kind, text, planId, stepIndex, payload, Said: true, ClientMessageId: clientMessageId);

    /// <summary>An approval decided (or withdrawn), with the approval as its payload.</summary>
    public static EventDraft Decided(ApprovalRequest approval) =>
        new(AssistantEventKind.ApprovalDecided, $"{approval.Status}: {approval.Summary}", approval.PlanId, approval.StepIndex, EventJson.Serialize(approval));
}
