using Bogus;
using Hiring.Reasoning.Understanding.Text;

namespace Hiring.Talent.Synthetic;

/// <summary>Writes what a person did in a role, naming every skill used so evidence can be quoted.</summary>
internal static class RoleDescriptions
{
    public static string Describe(Randomizer random, RoleFamily family, IReadOnlyList<string> skills)
    {
        var half = (skills.Count + 1) / 2;
        var first = $"{Capitalize(random.One(family.Work))} with {WordList.Join(skills.Take(half))}.";
        return skills.Count <= half
            ? first
            : $"{first} {Capitalize(random.One(family.Work))} using {WordList.Join(skills.Skip(half))}.";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
