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
}
