namespace Hiring.Contracts.Projects;

/// <summary>The recruiter's decision on proposed qualifications.</summary>
/// <param name="Approve">Ids to approve as they stand.</param>
/// <param name="Remove">Ids to remove.</param>
/// <param name="Edits">New versions (matched by id; unknown ids are added) — approved with the change.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.qualification-change")]
public sealed record QualificationChange(
    [property: Id(0)] IReadOnlyList<string> Approve,
    [property: Id(1)] IReadOnlyList<string> Remove,
    [property: Id(2)] IReadOnlyList<Qualification> Edits);
