using Hiring.Contracts.Tenancy;

namespace Hiring.Agents.Identity;

/// <summary>
/// A tenant-scoped grain speaks for its own tenant: every call it makes (supervisor → project →
/// sub-agent, including calls from its timers and reminder ticks) carries the tenant of its key,
/// whatever the incoming call carried.
/// </summary>
public sealed class TenantCallStamp : IOutgoingGrainCallFilter
{
    public Task Invoke(IOutgoingGrainCallContext context)
    {
        if (context.SourceContext?.GrainInstance is ITenantScoped)
        {
            RequestContext.Set(TenantContext.Key, GrainKeys.TenantOfGrain(context.SourceContext.GrainId.Key.ToString()!));
        }

        return context.Invoke();
    }
}
