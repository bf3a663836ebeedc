namespace Hiring.Contracts.Projects;

/// <summary>A hire a tenant made: the role's normalized title and the skills the person brought.</summary>
/// <param name="ProjectId">The project the hire closed (without the tenant).</param>
/// <param name="NormalizedTitle">The taxonomy's canonical title of the role.</param>
/// <param name="Skills">Canonical skills of the person hired.</param>
/// <param name="RecordedAt">When it was recorded.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.past-hire")]
public sealed record PastHire(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string NormalizedTitle,
    [property: Id(2)] IReadOnlyList<string> Skills,
    [property: Id(3)] DateTimeOffset RecordedAt);
