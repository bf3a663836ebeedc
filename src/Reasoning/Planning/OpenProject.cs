using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Planning;

/// <summary>The project the recruiter is working on, as the planner needs to see it.</summary>
/// <param name="ProjectId">The project id (without the tenant).</param>
/// <param name="Spec">Its job spec.</param>
/// <param name="Must">Canonical subjects of its must-have qualifications.</param>
/// <param name="Nice">Canonical subjects of its nice-to-have qualifications.</param>
public sealed record OpenProject(string ProjectId, JobSpec Spec, IReadOnlyList<string> Must, IReadOnlyList<string> Nice);
