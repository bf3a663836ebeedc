using Hiring.Contracts.Tenancy;

namespace Hiring.Agents.Tests.TestGrains;

/// <summary>A tenant-scoped grain that reports which tenant its calls carry.</summary>
public interface ITenantProbeGrain : IGrainWithStringKey, ITenantScoped
{
    /// <summary>The tenant the call carried into the grain.</summary>
    Task<string?> CallerTenant();

    /// <summary>Calls another probe and returns the tenant that call carried into it.</summary>
    Task<string?> CallPeer(string peerKey);

    /// <summary>Registers a reminder whose ticks call <paramref name="peerKey"/>.</summary>
    Task RemindAndCall(string peerKey, TimeSpan period);

    /// <summary>Per tick: the tenant the tick carried, and the tenant the tick's call to the peer carried.</summary>
    Task<IReadOnlyList<(string? Tick, string? Peer)>> Ticks();

    /// <summary>Stops the reminder.</summary>
    Task StopReminding();
}
