using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Outreach.Scheduling;

/// <summary>The availability kept in the recruiter's supervisor state.</summary>
public sealed class SupervisorAvailabilityReader(IGrainFactory grains) : IAvailabilityReader
{
    public Task<RecruiterAvailability?> ReadAsync(string recruiter) => grains.GetGrain<IRecruiterSupervisor>(recruiter).GetAvailability();
}
