using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Evals.Suites.Dialogue;

/// <summary>What the assistant did with one turn, read from the recruiter's events.</summary>
/// <param name="Plan">The plan made for the message (the replacement when it was replanned), null when none was made.</param>
/// <param name="Replies">The assistant's replies, in order.</param>
/// <param name="Refused">Protected attributes the assistant named and refused.</param>
/// <param name="Steps">Each step's outcome sentence, in order.</param>
/// <param name="Ending">How the turn ended: completed, waiting for approval, failed.</param>
/// <param name="Decided">How each approval the turn decided was decided (<see cref="TurnDecisions"/>), in order.</param>
public sealed record TurnObservation(Plan? Plan, IReadOnlyList<string> Replies, IReadOnlyList<string> Refused, IReadOnlyList<string> Steps, string Ending, IReadOnlyList<ApprovalStatus> Decided)
{
    public const string Completed = "completed";
    public const string WaitingApproval = "waiting for approval";
    public const string Failed = "failed";

    /// <summary>True when the assistant's answer to the turn is a question to the recruiter.</summary>
    public bool Asks => Replies.Any(r => r.TrimEnd().EndsWith('?'));

    /// <summary>What the turn decided about the approvals waiting: approved, rejected, mixed or none.</summary>
    public string Decision => TurnDecisions.Of(Decided);
}
