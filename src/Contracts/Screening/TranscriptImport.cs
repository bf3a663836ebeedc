namespace Hiring.Contracts.Screening;

/// <summary>A screen's transcript for a candidate of a project, as the recruiter pasted or uploaded it.</summary>
/// <param name="CandidateId">The profile id, a candidate of the project's pipeline.</param>
/// <param name="Text">The transcript.</param>
/// <param name="Format">How it is written (Auto tells from the text).</param>
/// <param name="Recruiter">Who imports it (tenant/recruiter); told in their stream.</param>
[GenerateSerializer, Immutable, Alias("hiring.screening.transcript-import")]
public sealed record TranscriptImport(
    [property: Id(0)] string CandidateId,
    [property: Id(1)] string Text,
    [property: Id(2)] TranscriptFormat Format,
    [property: Id(3)] string Recruiter);
