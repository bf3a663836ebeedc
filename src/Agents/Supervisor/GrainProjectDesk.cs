using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Planning;

namespace Hiring.Agents.Supervisor;

/// <summary>Reads the open project from its grain: the spec and the current, allowed requirements (approved or still proposed).</summary>
public sealed class GrainProjectDesk(IGrainFactory grains) : IProjectDesk
{
    public async Task<OpenProject?> OpenAsync(string tenant, string projectId)
    {
        var snapshot = await SnapshotAsync(tenant, projectId);
        if (snapshot?.Spec is null)
        {
            return null;
        }

        var allowed = snapshot.Qualifications.Where(q => q.Policy.Allowed).ToList();
        return new OpenProject(projectId, snapshot.Spec, Subjects(allowed, QualificationKind.MustHave), Subjects(allowed, QualificationKind.NiceToHave));
    }

    public async Task<ProjectSnapshot?> SnapshotAsync(string tenant, string projectId)
    {
        ProjectSnapshot snapshot;
        try
        {
            snapshot = await grains.GetGrain<IHiringProject>(GrainKeys.Project(tenant, projectId)).Snapshot();
        }
        catch (AssistantRefusalException e) when (e.Code == RefusalCodes.NotFound)
        {
            // A plan may name a project it has not created yet (its creation waits for an approval): no project, no snapshot.
            return null;
        }

        return snapshot.Spec is null ? null : snapshot;
    }

    private static List<string> Subjects(List<Qualification> qualifications, QualificationKind kind) =>
        [.. qualifications.Where(q => q.Kind == kind).Select(q => q.Subject ?? q.Text).Distinct(StringComparer.Ordinal)];
}
