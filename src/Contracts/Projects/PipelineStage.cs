namespace Hiring.Contracts.Projects;

/// <summary>Where a candidate stands in a project.</summary>
[GenerateSerializer, Alias("hiring.projects.pipeline-stage")]
public enum PipelineStage
{
    /// <summary>Found by sourcing; nobody has looked yet.</summary>
    Sourced = 0,

    /// <summary>Chosen by the recruiter (or proposed with evidence) as worth contacting.</summary>
    Shortlisted = 1,

    /// <summary>A message was sent.</summary>
    Contacted = 2,

    /// <summary>The candidate answered.</summary>
    Replied = 3,

    /// <summary>A screen is scheduled or done.</summary>
    Screening = 4,

    /// <summary>In the employer's interviews.</summary>
    Interviewing = 5,

    /// <summary>Hired.</summary>
    Hired = 6,

    /// <summary>No longer considered (never re-sourced).</summary>
    Archived = 7,

    /// <summary>Shown in a calibration batch and waiting for the recruiter's reactions: never evaluated or shortlisted until they react.</summary>
    Calibration = 8,
}
