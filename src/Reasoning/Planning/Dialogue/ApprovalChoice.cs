namespace Hiring.Reasoning.Planning.Dialogue;

/// <summary>A decision said in chat: the pending approvals it decides, or, when it could mean several, the question which.</summary>
/// <param name="Approve">Approve (true) or reject (false).</param>
/// <param name="Ids">The approvals decided; when <paramref name="Question"/> is set, those it could mean.</param>
/// <param name="Question">The one question asked instead of guessing, naming what it could mean.</param>
/// <param name="Rest">What the message says beside its verdict clause: a reason ("finance haven't signed it") or the next request ("now pull me some candidates").</param>
/// <param name="Opposite">The approvals the same message decides the other way ("reqs are fine but hold the search"): a mixed decision.</param>
public sealed record ApprovalChoice(bool Approve, IReadOnlyList<string> Ids, string? Question = null, string? Rest = null, IReadOnlyList<string>? Opposite = null)
{
    /// <summary>The verdict as a step input: "approve" or "reject".</summary>
    public string Verdict => Approve ? ApproveVerdict : RejectVerdict;

    public const string ApproveVerdict = "approve";

    public const string RejectVerdict = "reject";
}
