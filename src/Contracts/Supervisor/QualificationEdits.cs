namespace Hiring.Contracts.Supervisor;

/// <summary>
/// The recruiter's decision on a project's qualifications from the app, carried by a message so it
/// reaches intake through the supervisor (queued, planned, its follow-ups run, recorded in the event log).
/// It is the recruiter's own decision, so it needs no second approval.
/// </summary>
/// <param name="Approve">Ids to approve as they stand.</param>
/// <param name="Remove">Ids to remove (a rejection).</param>
/// <param name="Edits">New wordings by id, approved with the change unless the policy refuses them.</param>
/// <param name="Add">New requirements in the recruiter's words.</param>
[GenerateSerializer, Immutable, Alias("hiring.supervisor.qualification-edits")]
public sealed record QualificationEdits(
    [property: Id(0)] IReadOnlyList<string> Approve,
    [property: Id(1)] IReadOnlyList<string> Remove,
    [property: Id(2)] IReadOnlyDictionary<string, string> Edits,
    [property: Id(3)] IReadOnlyList<string> Add);
