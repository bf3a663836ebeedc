namespace Hiring.Contracts.Screening;

/// <summary>Whether a screen spoke to a qualification.</summary>
[GenerateSerializer, Alias("hiring.screening.note-coverage")]
public enum NoteCoverage
{
    /// <summary>The transcript does not touch it: nothing is said about it, nothing is invented.</summary>
    NotCovered = 0,

    /// <summary>The candidate spoke to it; the note quotes them verbatim.</summary>
    Covered = 1,
}
