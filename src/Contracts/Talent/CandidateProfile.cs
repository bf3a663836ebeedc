namespace Hiring.Contracts.Talent;

/// <summary>A person in a talent pool: the public pool or one tenant's private pool.</summary>
/// <param name="Id">Stable id; importing the same person again keeps it.</param>
/// <param name="Name">Full name. PII: masked before any evaluation.</param>
/// <param name="Headline">One-line professional headline.</param>
/// <param name="Location">Where the person lives.</param>
/// <param name="Experiences">Roles, newest first.</param>
/// <param name="Education">Schools attended.</param>
/// <param name="Skills">Skills as written by the person (normalized by the taxonomy at index time).</param>
/// <param name="OpenToWork">Whether the person signals they are open to new roles.</param>
/// <param name="LastActive">When the person was last active.</param>
/// <param name="Source">Which pool the profile belongs to and how it arrived.</param>
/// <param name="UpdatedAt">When this version of the profile was stored.</param>
/// <param name="Summary">Free-text summary or the resume's text, when there is one.</param>
/// <param name="Email">Contact email, when known. PII.</param>
/// <param name="Phone">Contact phone, when known. PII.</param>
[GenerateSerializer, Immutable, Alias("hiring.talent.profile")]
public sealed record CandidateProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Headline,
    [property: Id(3)] Location Location,
    [property: Id(4)] IReadOnlyList<Experience> Experiences,
    [property: Id(5)] IReadOnlyList<Education> Education,
    [property: Id(6)] IReadOnlyList<string> Skills,
    [property: Id(7)] bool OpenToWork,
    [property: Id(8)] DateTimeOffset LastActive,
    [property: Id(9)] ProfileSource Source,
    [property: Id(10)] DateTimeOffset UpdatedAt,
    [property: Id(11)] string? Summary = null,
    [property: Id(12)] string? Email = null,
    [property: Id(13)] string? Phone = null);
