namespace Hiring.Reasoning.Understanding.Places;

/// <summary>Where a place or work-arrangement phrase stands in a text, so other readers can skip it.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="Length">Characters it spans.</param>
/// <param name="Arrangement">Whether it is a work arrangement ("remote", "hybrid") rather than a place.</param>
/// <param name="TakenBack">Whether it is a place said and taken back ("Stockport no sorry Salford"), or a part of a city named beside it
/// ("Sydney, Surry Hills"): no place, and no other word either.</param>
public readonly record struct PlaceSpan(int Start, int Length, bool Arrangement = false, bool TakenBack = false)
{
    public int End => Start + Length;

    /// <summary>Whether it stands for one of the reading's places.</summary>
    public bool IsPlace => !Arrangement && !TakenBack;
}
