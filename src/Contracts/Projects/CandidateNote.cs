namespace Hiring.Contracts.Projects;

/// <summary>A recruiter's note on a candidate of a project.</summary>
/// <param name="Text">The note, trimmed.</param>
/// <param name="By">The recruiter key (tenant/recruiter) who wrote it.</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.candidate-note")]
public sealed record CandidateNote(
    [property: Id(0)] string Text,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset At);
