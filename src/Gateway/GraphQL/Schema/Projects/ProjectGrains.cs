using GraphQL;
using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>
/// The caller's project and tenant-history grains: keys come from the principal's tenant only (the
/// tenant travels with the calls from the execution's <see cref="Auth.RecruiterIdentity.Scope"/>).
/// </summary>
public static class ProjectGrains
{
    /// <summary>The project of the caller's tenant with that id; a malformed id reads like an unknown one.</summary>
    public static IHiringProject Project(this IResolveFieldContext context, string projectId)
    {
        var tenant = context.Recruiter().Tenant;
        if (!GrainKeys.IsValidSegment(projectId))
        {
            throw RefusalErrors.NotFound();
        }

        var grains = context.Grains();
        return grains.GetGrain<IHiringProject>(GrainKeys.Project(tenant, projectId));
    }

    /// <summary>An agent of the caller's project with that id (keyed like the project); a malformed id reads like an unknown one.</summary>
    public static TAgent ProjectAgent<TAgent>(this IResolveFieldContext context, string projectId)
        where TAgent : IGrainWithStringKey
    {
        var tenant = context.Recruiter().Tenant;
        if (!GrainKeys.IsValidSegment(projectId))
        {
            throw RefusalErrors.NotFound();
        }

        return context.Grains().GetGrain<TAgent>(GrainKeys.Project(tenant, projectId));
    }

    /// <summary>The history of the caller's tenant (keyed by the tenant alone, as intake keys it).</summary>
    public static ITenantHistory TenantHistory(this IResolveFieldContext context)
    {
        var tenant = context.Recruiter().Tenant;
        var grains = context.Grains();
        return grains.GetGrain<ITenantHistory>(tenant);
    }

    private static IGrainFactory Grains(this IResolveFieldContext context) =>
        (context.RequestServices ?? throw new InvalidOperationException("No request services.")).GetRequiredService<IGrainFactory>();
}
