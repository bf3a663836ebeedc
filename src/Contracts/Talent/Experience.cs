namespace Hiring.Contracts.Talent;

/// <summary>One role held at one company.</summary>
/// <param name="Company">Employer name.</param>
/// <param name="Title">Job title as written.</param>
/// <param name="Start">First month in the role.</param>
/// <param name="End">Last month in the role; null while current.</param>
/// <param name="Description">What the person did, as written.</param>
[GenerateSerializer, Immutable, Alias("hiring.talent.experience")]
public sealed record Experience(
    [property: Id(0)] string Company,
    [property: Id(1)] string Title,
    [property: Id(2)] DateOnly Start,
    [property: Id(3)] DateOnly? End,
    [property: Id(4)] string Description);
