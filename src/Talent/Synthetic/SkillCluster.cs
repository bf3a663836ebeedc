namespace Hiring.Talent.Synthetic;

/// <summary>
/// A specialty inside a role family and the skills that go together in it: the core skills
/// every role of the specialty uses, and related ones that often appear beside them.
/// </summary>
public sealed record SkillCluster(string Specialty, IReadOnlyList<string> Core, IReadOnlyList<string> Related)
{
    /// <summary>Parses "Specialty: core, core | related, related".</summary>
    public static SkillCluster Parse(string spec)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var lists = spec[(colon + 1)..].Split('|');
        return new SkillCluster(spec[..colon].Trim(), Split(lists[0]), lists.Length > 1 ? Split(lists[1]) : []);
    }

    private static string[] Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
