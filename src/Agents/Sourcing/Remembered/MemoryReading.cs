namespace Hiring.Agents.Sourcing.Remembered;

/// <summary>What one kept memory says to sourcing.</summary>
/// <param name="Skills">Canonical skills someone likes: candidates who have them rank up.</param>
/// <param name="Companies">Companies whose current employees are never to be sourced, as written.</param>
/// <param name="Places">Places the memory is about ("our Berlin HM"), as written.</param>
/// <param name="Roles">Roles the memory is about ("for backend roles"), lower case.</param>
/// <param name="AllRoles">It says it holds for every role ("for all my roles", "always").</param>
public sealed record MemoryReading(
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Companies,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Roles,
    bool AllRoles)
{
    public static MemoryReading Nothing { get; } = new([], [], [], [], false);

    /// <summary>Whether sourcing can act on it at all.</summary>
    public bool Actionable => Skills.Count > 0 || Companies.Count > 0;

    /// <summary>Whether it names a role or a place it is about.</summary>
    public bool Scoped => Places.Count > 0 || Roles.Count > 0;
}
