namespace Hiring.Contracts.Projects;

/// <summary>One move of a candidate through the pipeline.</summary>
/// <param name="From">The stage before, null when the candidate entered the pipeline.</param>
/// <param name="To">The stage after.</param>
/// <param name="By">Who moved them: a recruiter id, or "assistant".</param>
/// <param name="Why">The reason given.</param>
/// <param name="At">When.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.stage-move")]
public sealed record StageMove(
    [property: Id(0)] PipelineStage? From,
    [property: Id(1)] PipelineStage To,
    [property: Id(2)] string By,
    [property: Id(3)] string Why,
    [property: Id(4)] DateTimeOffset At);
