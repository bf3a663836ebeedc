namespace Hiring.Contracts.Projects;

/// <summary>A project a tenant ran, as remembered for intake (similar past projects fill missing essentials).</summary>
/// <param name="ProjectId">The project id (without the tenant).</param>
/// <param name="Owner">The recruiter key (tenant/recruiter) who owns it.</param>
/// <param name="Spec">The job spec it was created with.</param>
/// <param name="RecordedAt">When it was recorded.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.past-project")]
public sealed record PastProject(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string Owner,
    [property: Id(2)] JobSpec Spec,
    [property: Id(3)] DateTimeOffset RecordedAt);
