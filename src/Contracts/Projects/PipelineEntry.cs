namespace Hiring.Contracts.Projects;

/// <summary>A candidate in a project's pipeline, with its latest move.</summary>
/// <param name="CandidateId">The profile id.</param>
/// <param name="Stage">The current stage.</param>
/// <param name="Moves">The latest move (one; none only in old data). Every move, oldest first, is <see cref="IHiringProject.Moves"/>: the history lives in an append-only log, not in the project's state.</param>
/// <param name="Score">The latest evaluation score (0 to 1), when evaluated.</param>
/// <param name="Why">Why the assistant added the candidate (matched terms, insight signals), when it did.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.pipeline-entry")]
public sealed record PipelineEntry(
    [property: Id(0)] string CandidateId,
    [property: Id(1)] PipelineStage Stage,
    [property: Id(2)] IReadOnlyList<StageMove> Moves,
    [property: Id(3)] double? Score = null,
    [property: Id(4)] string? Why = null);
