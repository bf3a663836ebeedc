namespace Hiring.Contracts.Projects;

/// <summary>A candidate sourcing proposes for the pipeline.</summary>
/// <param name="CandidateId">The profile id.</param>
/// <param name="Why">Why they were found: matched terms, strategy and insight signals.</param>
/// <param name="Score">The sourcing rank score, when any.</param>
/// <param name="Stage">The stage it enters: Sourced, or Calibration for a calibration batch.</param>
[GenerateSerializer, Immutable, Alias("hiring.projects.sourced-candidate")]
public sealed record SourcedCandidate(
    [property: Id(0)] string CandidateId,
    [property: Id(1)] string Why,
    [property: Id(2)] double? Score = null,
    [property: Id(3)] PipelineStage Stage = PipelineStage.Sourced);
