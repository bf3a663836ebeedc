namespace Hiring.Contracts.Projects;

/// <summary>How many candidates of a project stand at one stage.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Count">How many stand there (more than zero).</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.stage-count")]
public sealed record StageCount(
    [property: Id(0)] PipelineStage Stage,
    [property: Id(1)] int Count);
