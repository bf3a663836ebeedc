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
        // Set copies the whole request context: only when the call does not carry the grain's tenant already (it mostly does).
        if (context.SourceContext is { GrainInstance: ITenantScoped } source
            && !(RequestContext.Get(TenantContext.Key) is string carried && GrainKeys.IsTenantOfGrain(source.GrainId.Key.AsSpan(), carried)))
        {
            RequestContext.Set(TenantContext.Key, GrainKeys.TenantOfGrain(source.GrainId.Key.ToString()!));
        }

        return context.Invoke();
    }
}
