using System.Text.Json;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Supervisor;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>
/// What a turn decided about the approvals waiting for the recruiter, read from the events between the
/// turn's cursor and its end: each <see cref="AssistantEventKind.ApprovalDecided"/> carries the approval
/// as its payload, with the status it was given. A withdrawal (the candidate it concerned was erased) is
/// nobody's decision and is left out. Re-point here when the supervisor reports decisions differently.
/// </summary>
public static class TurnDecisions
{
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Mixed = "mixed";
    public const string None = "none";

    /// <summary>The approval an event decided and how, null when the event decided none.</summary>
    public static ApprovalRequest? Read(AssistantEvent e)
    {
        if (e.Kind != AssistantEventKind.ApprovalDecided || e.Payload is null)
        {
            return null;
        }

        try
        {
            return EventJson.Deserialize<ApprovalRequest>(e.Payload) is { Status: ApprovalStatus.Approved or ApprovalStatus.Rejected } decided ? decided : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>approved (one or more approved, none rejected), rejected (the other way), mixed (both) or none.</summary>
    public static string Of(IEnumerable<ApprovalStatus> decided)
    {
        var statuses = decided.ToHashSet();
        var approved = statuses.Contains(ApprovalStatus.Approved);
        var rejected = statuses.Contains(ApprovalStatus.Rejected);
        return approved && rejected ? Mixed : approved ? Approved : rejected ? Rejected : None;
    }
}
