using Hiring.Agents.Identity;

namespace Hiring.Agents.Hosting;

/// <summary>Tenant isolation for every silo that hosts the agents: one incoming and one outgoing grain call filter.</summary>
public static class TenancyExtensions
{
    public static ISiloBuilder AddHiringTenancy(this ISiloBuilder silo) =>
        silo.AddIncomingGrainCallFilter<TenantCallGuard>().AddOutgoingGrainCallFilter<TenantCallStamp>();
}
