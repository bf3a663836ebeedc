namespace Hiring.Agents.Identity;

/// <summary>
/// The authenticated tenant travels with every grain call in Orleans' RequestContext, set by the
/// gateway from the caller's principal. Grains compare it with their key's tenant.
/// </summary>
public static class TenantContext
{
    public const string Key = "hiring.tenant";

    /// <summary>The calling tenant, or null when the call carries none (internal calls, reminders).</summary>
    public static string? Current => RequestContext.Get(Key) as string;

    /// <summary>Sets the tenant for calls made from this async flow.</summary>
    public static void Set(string tenant) => RequestContext.Set(Key, tenant);

    /// <summary>
    /// Throws when the call carries a tenant other than the key's. Calls without a tenant come from
    /// inside the silo (timers, reminders, other grains of the same tenant) and are allowed.
    /// </summary>
    public static void EnsureSameTenant(string grainKey) => EnsureTenant(GrainKeys.TenantOf(grainKey));

    /// <summary>The same check for a grain keyed by the tenant alone.</summary>
    public static void EnsureTenant(string tenant)
    {
        var caller = Current;
        if (caller is not null && !string.Equals(caller, tenant, StringComparison.Ordinal))
        {
            // Another tenant's ids behave exactly like unknown ids.
            throw new Contracts.Supervisor.AssistantRefusalException(Contracts.Supervisor.RefusalCodes.NotFound, "Not found.");
        }
    }
}
