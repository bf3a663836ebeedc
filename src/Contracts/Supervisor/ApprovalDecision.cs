namespace Hiring.Contracts.Supervisor;

/// <summary>A decision on one approval.</summary>
/// <param name="Verdict">Approve, reject or edit.</param>
/// <param name="Changes">For <see cref="ApprovalVerdict.Edit"/>: inputs to replace or add.</param>
/// <param name="Note">Why, in the recruiter's words (kept for learning and explanations).</param>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.approval-decision")]
public sealed record ApprovalDecision(
    [property: Id(0)] ApprovalVerdict Verdict,
    [property: Id(1)] IReadOnlyDictionary<string, string>? Changes = null,
    [property: Id(2)] string? Note = null);
