using Bogus;

namespace Hiring.Talent.Synthetic;

/// <summary>Picks items in proportion to integer weights in O(log n), without allocating.</summary>
public sealed class WeightedPicker<T>
{
    private readonly T[] _items;
    private readonly int[] _cumulative;

    public WeightedPicker(IEnumerable<T> items, Func<T, int> weight)
    {
        _items = [.. items];
        _cumulative = new int[_items.Length];
        var total = 0;
        for (var i = 0; i < _items.Length; i++)
        {
            total += Math.Max(1, weight(_items[i]));
            _cumulative[i] = total;
        }
    }

    public T Pick(Randomizer random)
    {
        var ticket = random.Int(0, _cumulative[^1] - 1);
        var index = Array.BinarySearch(_cumulative, ticket + 1);
        return _items[index >= 0 ? index : ~index];
    }
}
