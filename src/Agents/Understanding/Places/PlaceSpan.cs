namespace Hiring.Agents.Understanding.Places;

/// <summary>Where a place or work-arrangement phrase stands in a text, so other readers can skip it.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="Length">Characters it spans.</param>
public readonly record struct PlaceSpan(int Start, int Length)
{
    public int End => Start + Length;
}
