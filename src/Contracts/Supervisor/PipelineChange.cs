using Hiring.Contracts.Projects;

namespace Hiring.Contracts.Supervisor;

/// <summary>A change the recruiter made to a project's pipeline: a candidate moved to a stage, or a note added (Stage null).</summary>
[GenerateSerializer, Immutable, Alias("hiring.pipeline-change")]
public sealed record PipelineChange(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string CandidateId,
    [property: Id(2)] PipelineStage? Stage,
    [property: Id(3)] string Text);
