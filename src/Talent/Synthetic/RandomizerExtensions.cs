using Bogus;

namespace Hiring.Talent.Synthetic;

/// <summary>Bogus picks over read-only lists, without copying them on every call.</summary>
internal static class RandomizerExtensions
{
    public static T One<T>(this Randomizer random, IReadOnlyList<T> items) => items[random.Int(0, items.Count - 1)];
}
