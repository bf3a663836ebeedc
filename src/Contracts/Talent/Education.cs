namespace Hiring.Contracts.Talent;

/// <summary>One stay at one school.</summary>
/// <param name="School">School name.</param>
/// <param name="Degree">Degree, for example "BSc" or "MBA"; empty when unknown.</param>
/// <param name="Field">Field of study; empty when unknown.</param>
/// <param name="StartYear">First year, when known.</param>
/// <param name="EndYear">Last year, when known.</param>
[GenerateSerializer, Immutable, Alias("hiring.talent.education")]
public sealed record Education(
    [property: Id(0)] string School,
    [property: Id(1)] string Degree,
    [property: Id(2)] string Field,
    [property: Id(3)] int? StartYear,
    [property: Id(4)] int? EndYear);
