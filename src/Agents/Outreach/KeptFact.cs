using Hiring.Agents.Outreach.Drafting;

namespace Hiring.Agents.Outreach;

/// <summary>A profile fact a kept draft cites (the stored form of <see cref="CitedFact"/>).</summary>
[GenerateSerializer, Immutable, Alias("hiring.outreach.kept-fact")]
public sealed record KeptFact(
    [property: Id(0)] string Section,
    [property: Id(1)] string Text,
    [property: Id(2)] string? Requirement)
{
    public static KeptFact From(CitedFact fact) => new(fact.Section, fact.Text, fact.Requirement);

    public CitedFact ToCited() => new(Section, Text, Requirement);
}
