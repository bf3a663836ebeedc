namespace Hiring.Contracts.Projects;

/// <summary>A project as it stands.</summary>
/// <param name="ProjectId">The project id (without the tenant).</param>
/// <param name="Spec">The job spec, null until intake has produced one.</param>
/// <param name="Qualifications">Current version of each qualification.</param>
/// <param name="Pipeline">Candidates and their stages.</param>
/// <param name="Owner">The recruiter key (tenant/recruiter) who owns the project.</param>
/// <param name="UpdatedAt">When anything last changed.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.snapshot")]
public sealed record ProjectSnapshot(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] JobSpec? Spec,
    [property: Id(2)] IReadOnlyList<Qualification> Qualifications,
    [property: Id(3)] IReadOnlyList<PipelineEntry> Pipeline,
    [property: Id(4)] string? Owner,
    [property: Id(5)] DateTimeOffset UpdatedAt);
