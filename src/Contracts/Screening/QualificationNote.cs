namespace Hiring.Contracts.Screening;

/// <summary>What a screen says about one qualification.</summary>
/// <param name="QualificationId">The qualification's id (q1, q2, …).</param>
/// <param name="Qualification">Its text as approved ("5+ years of Go").</param>
/// <param name="Coverage">Whether the candidate spoke to it.</param>
/// <param name="Quotes">The candidate's own words about it, each a verbatim part of one of their turns (empty when not covered).</param>
/// <param name="Text">One sentence for the recruiter.</param>
[GenerateSerializer, Immutable, Alias("hiring.screening.qualification-note")]
public sealed record QualificationNote(
    [property: Id(0)] string QualificationId,
    [property: Id(1)] string Qualification,
    [property: Id(2)] NoteCoverage Coverage,
    [property: Id(3)] IReadOnlyList<string> Quotes,
    [property: Id(4)] string Text);
