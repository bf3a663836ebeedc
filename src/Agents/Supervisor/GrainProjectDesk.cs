using Hiring.Agents.Identity;
using Hiring.Agents.Reasoning.Planning;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Supervisor;

/// <summary>Reads the open project from its grain: the spec and the current, allowed requirements (approved or still proposed).</summary>
public sealed class GrainProjectDesk(IGrainFactory grains) : IProjectDesk
{
    public async Task<OpenProject?> OpenAsync(string tenant, string projectId)
    {
        TenantContext.Set(tenant);
        var snapshot = await grains.GetGrain<IHiringProject>(GrainKeys.Project(tenant, projectId)).Snapshot();
        if (snapshot.Spec is null)
        {
            return null;
        }

        var allowed = snapshot.Qualifications.Where(q => q.Policy.Allowed).ToList();
        return new OpenProject(projectId, snapshot.Spec, Subjects(allowed, QualificationKind.MustHave), Subjects(allowed, QualificationKind.NiceToHave));
    }

    private static List<string> Subjects(List<Qualification> qualifications, QualificationKind kind) =>
        [.. qualifications.Where(q => q.Kind == kind).Select(q => q.Subject ?? q.Text).Distinct(StringComparer.Ordinal)];
}
