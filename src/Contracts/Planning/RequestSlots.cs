namespace Hiring.Contracts.Planning;

/// <summary>What the planner extracted from the recruiter's message.</summary>
/// <param name="Titles">Job titles mentioned, normalized to lower case.</param>
/// <param name="Skills">Skills mentioned, normalized to the taxonomy's canonical names.</param>
/// <param name="Locations">Places mentioned, including "remote".</param>
/// <param name="Seniority">Seniority level (intern, junior, mid, senior, staff, principal, lead, head), when stated.</param>
/// <param name="Years">Minimum years of experience, when stated.</param>
/// <param name="Count">How many (candidates, questions), when stated.</param>
/// <param name="Candidate">The candidate referred to (a name or id), when there is one.</param>
/// <param name="Subject">Free-text subject of the request (what to forget or explain), when there is one.</param>
[GenerateSerializer, Immutable, Alias("hiring.planning.slots")]
public sealed record RequestSlots(
    [property: Id(0)] IReadOnlyList<string> Titles,
    [property: Id(1)] IReadOnlyList<string> Skills,
    [property: Id(2)] IReadOnlyList<string> Locations,
    [property: Id(3)] string? Seniority = null,
    [property: Id(4)] int? Years = null,
    [property: Id(5)] int? Count = null,
    [property: Id(6)] string? Candidate = null,
    [property: Id(7)] string? Subject = null)
{
    /// <summary>No slots.</summary>
    public static RequestSlots Empty { get; } = new([], [], []);
}
