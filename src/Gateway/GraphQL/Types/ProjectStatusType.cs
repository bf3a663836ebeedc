using GraphQL.Types;
using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Types;

/// <summary>The project's phase, named ProjectStatus in the schema (the web app's word for it).</summary>
public sealed class ProjectStatusType : EnumerationGraphType<ProjectPhase>
{
    public ProjectStatusType()
    {
        Name = "ProjectStatus";
        Description = "Where a project stands, the most advanced phase reached: HIRED (someone hired), SHORTLISTED (someone at SHORTLISTED or later, not archived), CALIBRATION (candidates wait at CALIBRATION for the recruiter's marks), SOURCING (qualifications approved, nobody shortlisted yet), INTAKE (no approved qualification and nobody in the pipeline yet).";
    }
}
