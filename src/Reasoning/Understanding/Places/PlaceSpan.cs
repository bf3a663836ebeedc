namespace Hiring.Reasoning.Understanding.Places;

/// <summary>Where a place or work-arrangement phrase stands in a text, so other readers can skip it.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="Length">Characters it spans.</param>
/// <param name="Arrangement">Whether it is a work arrangement ("remote", "hybrid") rather than a place.</param>
public readonly record struct PlaceSpan(int Start, int Length, bool Arrangement = false)
{
    public int End => Start + Length;
}
