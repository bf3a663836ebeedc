namespace Hiring.Agents.Identity;

/// <summary>
/// The calling tenant travels with every grain call in Orleans' RequestContext. Nobody sets it by
/// hand: the gateway stamps the authenticated tenant once per GraphQL execution
/// (<see cref="TenantScope"/>), and <see cref="TenantCallStamp"/> stamps a tenant-scoped grain's own
/// tenant on the calls it makes. <see cref="TenantCallGuard"/> checks it on every call to a
/// tenant-scoped grain.
/// </summary>
public static class TenantContext
{
    public const string Key = "hiring.tenant";

    /// <summary>The calling tenant, or null when the call carries none.</summary>
    public static string? Current => RequestContext.Get(Key) as string;

    /// <summary>
    /// Kept only for the sub-agent grains that still call it until their rewrite onto the one
    /// sub-agent shape removes the calls; <see cref="TenantCallGuard"/> already enforces the same rule
    /// (and stricter: a call without a tenant never reaches the grain).
    /// </summary>
    public static void EnsureSameTenant(string grainKey)
    {
        if (!TenantRule.Admits(Current, GrainKeys.TenantOfGrain(grainKey), fromRuntime: true))
        {
            throw TenantRule.Refusal();
        }
    }
}
