namespace Hiring.Contracts.Projects;

/// <summary>The responsible-AI check of a qualification.</summary>
/// <param name="Allowed">False when it targets a protected attribute or a proxy of one.</param>
/// <param name="Reason">Why it was refused, when it was.</param>
/// <param name="Rewording">A lawful way to ask for what the recruiter may actually need, when one exists.</param>
/// <param name="Attribute">The protected attribute concerned (age, gender, …), when refused.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.policy-verdict")]
public sealed record PolicyVerdict(
    [property: Id(0)] bool Allowed,
    [property: Id(1)] string? Reason = null,
    [property: Id(2)] string? Rewording = null,
    [property: Id(3)] string? Attribute = null)
{
    /// <summary>An allowed qualification.</summary>
    public static PolicyVerdict Ok { get; } = new(true);
}
