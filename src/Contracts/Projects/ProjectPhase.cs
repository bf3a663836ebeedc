namespace Hiring.Contracts.Projects;

/// <summary>Where a project stands as a whole, from its qualifications and its pipeline (the most advanced phase wins).</summary>
[GenerateSerializer, Alias("hiring.projects.project-phase")]
public enum ProjectPhase
{
    /// <summary>No qualification approved yet and nobody in the pipeline.</summary>
    Intake = 0,

    /// <summary>Candidates wait at the Calibration stage for the recruiter's marks.</summary>
    Calibration = 1,

    /// <summary>Qualifications approved (or sourcing on the role alone); nobody shortlisted yet.</summary>
    Sourcing = 2,

    /// <summary>Someone is at Shortlisted or a later stage (archived ones do not count).</summary>
    Shortlisted = 3,

    /// <summary>Someone was hired.</summary>
    Hired = 4,
}
