using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Auth;

namespace Hiring.Gateway.GraphQL.Assistant;

/// <summary>Production directory: the supervisor grain keyed by the principal's tenant and recruiter.</summary>
public sealed class SupervisorDirectory(IGrainFactory grains) : IAssistantDirectory
{
    public IRecruiterSupervisor For(RecruiterIdentity identity) => grains.GetGrain<IRecruiterSupervisor>(identity.RecruiterKey);
}
