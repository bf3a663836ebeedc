namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>Where an entity a reader understood is written: a title ("role"), a requirement ("skill"), a place ("city"), a work arrangement ("remote") or a level ("level").</summary>
/// <param name="Start">Where it starts in the text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Kind">role, skill, city, remote or level.</param>
/// <param name="Known">Whether a vocabulary knows it (else it is the recruiter's own words, kept as written).</param>
public readonly record struct EntitySpan(int Start, int Length, string Kind, bool Known = true)
{
    public const string Role = "role";
    public const string Skill = "skill";
    public const string City = "city";
    public const string Arrangement = "remote";
    public const string Level = "level";
}
