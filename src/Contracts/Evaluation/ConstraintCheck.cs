namespace Hiring.Contracts.Evaluation;

/// <summary>One constraint of the job spec checked against a profile: a filter, not a score.</summary>
/// <param name="Kind">Location or level.</param>
/// <param name="Verdict">Met, NotMet, or Unknown when the profile does not say.</param>
/// <param name="Asked">What the spec asks, in words ("Berlin, DE"; "senior, individual contributor").</param>
/// <param name="Found">What the profile shows ("Munich, Bavaria, DE"; "Director of Engineering").</param>
/// <param name="Evidence">Verbatim quotes of the profile sections read (the location; the current title).</param>
/// <param name="Rationale">One line saying why.</param>
[GenerateSerializer, Immutable, Alias("hiring.evaluation.constraint-check")]
public sealed record ConstraintCheck(
    [property: Id(0)] ConstraintKind Kind,
    [property: Id(1)] AssessmentVerdict Verdict,
    [property: Id(2)] string Asked,
    [property: Id(3)] string Found,
    [property: Id(4)] IReadOnlyList<EvidenceQuote> Evidence,
    [property: Id(5)] string Rationale);
