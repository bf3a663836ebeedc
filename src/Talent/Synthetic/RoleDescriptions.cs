using Bogus;

namespace Hiring.Talent.Synthetic;

/// <summary>Writes what a person did in a role, naming every skill used so evidence can be quoted.</summary>
internal static class RoleDescriptions
{
    public static string Describe(Randomizer random, RoleFamily family, IReadOnlyList<string> skills)
    {
        var half = (skills.Count + 1) / 2;
        var first = $"{Capitalize(random.One(family.Work))} with {JoinList(skills.Take(half))}.";
        return skills.Count <= half
            ? first
            : $"{first} {Capitalize(random.One(family.Work))} using {JoinList(skills.Skip(half))}.";
    }

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string JoinList(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
