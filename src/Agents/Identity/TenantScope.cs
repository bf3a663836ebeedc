namespace Hiring.Agents.Identity;

/// <summary>
/// Calls made from this async flow carry a tenant until the scope is disposed. For
/// callers outside the silo that speak for an authenticated tenant: the gateway's one place per
/// GraphQL execution, the bench, tests. Grains never need it (<see cref="TenantCallStamp"/>).
/// </summary>
public sealed class TenantScope : IDisposable
{
    private readonly object? _previous;

    private TenantScope(string tenant)
    {
        _previous = RequestContext.Get(TenantContext.Key);
        RequestContext.Set(TenantContext.Key, tenant);
    }

    /// <summary>Starts a scope for a valid tenant id.</summary>
    public static TenantScope For(string tenant) =>
        GrainKeys.IsValidSegment(tenant) ? new TenantScope(tenant) : throw new ArgumentException($"'{tenant}' is not a valid tenant id.", nameof(tenant));

    public void Dispose()
    {
        if (_previous is null)
        {
            RequestContext.Remove(TenantContext.Key);
        }
        else
        {
            RequestContext.Set(TenantContext.Key, _previous);
        }
    }
}
