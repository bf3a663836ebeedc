using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>The project and tenant-history grains through the grain factory, keys built by <see cref="GrainKeys"/>.</summary>
public sealed class GrainFactoryIntakeGrains(IGrainFactory grains) : IIntakeGrains
{
    public IHiringProject Project(string tenant, string projectId) => grains.GetGrain<IHiringProject>(GrainKeys.Project(tenant, projectId));

    public ITenantHistory History(string tenant) => grains.GetGrain<ITenantHistory>(tenant);
}
