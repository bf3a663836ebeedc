namespace Hiring.Contracts.Projects;

/// <summary>A project at a glance, small enough to ask of every project of a list at once.</summary>
/// <param name="ProjectId">The project id (without the tenant).</param>
/// <param name="Phase">Where the project stands.</param>
/// <param name="StageCounts">Candidates per stage, only stages with someone, in <see cref="PipelineStage"/> order.</param>
/// <param name="Location">The spec's first location, when it names any.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.overview")]
public sealed record ProjectOverview(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] ProjectPhase Phase,
    [property: Id(2)] IReadOnlyList<StageCount> StageCounts,
    [property: Id(3)] string? Location);
