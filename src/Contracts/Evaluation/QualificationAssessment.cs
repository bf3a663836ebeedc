using Hiring.Contracts.Reasoning;

namespace Hiring.Contracts.Evaluation;

/// <summary>One candidate against one qualification: an entry of the evidence ledger.</summary>
/// <param name="CandidateId">The profile id.</param>
/// <param name="QualificationId">The qualification's id.</param>
/// <param name="QualificationVersion">The version assessed.</param>
/// <param name="Verdict">Met, Partial, NotMet or Unknown.</param>
/// <param name="Evidence">Verbatim quotes supporting the verdict (empty for Unknown).</param>
/// <param name="Rationale">One line saying why.</param>
/// <param name="Years">Years of experience found from dated roles, when relevant.</param>
/// <param name="Provenance">Engine, model and prompt version that produced it.</param>
/// <param name="At">When it was made.</param>
[GenerateSerializer, Immutable, Alias("hiring.evaluation.assessment")]
public sealed record QualificationAssessment(
    [property: Id(0)] string CandidateId,
    [property: Id(1)] string QualificationId,
    [property: Id(2)] int QualificationVersion,
    [property: Id(3)] AssessmentVerdict Verdict,
    [property: Id(4)] IReadOnlyList<EvidenceQuote> Evidence,
    [property: Id(5)] string Rationale,
    [property: Id(6)] double? Years,
    [property: Id(7)] Provenance Provenance,
    [property: Id(8)] DateTimeOffset At);
