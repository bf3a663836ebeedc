using Hiring.Agents.Cluster;
using Hiring.Agents.Identity;

namespace Hiring.Agents.Hosting;

/// <summary>
/// The grain call filters of every silo that hosts the agents: tenant isolation (one incoming and one outgoing filter), and
/// database faults answered in a form every caller can receive (<see cref="StorageFaultBoundary"/>).
/// </summary>
public static class CallFilterExtensions
{
    public static ISiloBuilder AddHiringCallFilters(this ISiloBuilder silo) =>
        silo.AddIncomingGrainCallFilter<TenantCallGuard>().AddIncomingGrainCallFilter<StorageFaultBoundary>().AddOutgoingGrainCallFilter<TenantCallStamp>();
}
