using Hiring.Agents.Identity;

namespace Hiring.Agents.Tests.TestGrains;

public sealed class TenantProbeGrain : Grain, ITenantProbeGrain, IRemindable
{
    private const string ReminderName = "tenant-probe";
    private readonly List<(string? Tick, string? Peer)> _ticks = [];
    private string? _peer;

    public Task<string?> CallerTenant() => Task.FromResult(TenantContext.Current);

    public Task<string?> CallPeer(string peerKey) => GrainFactory.GetGrain<ITenantProbeGrain>(peerKey).CallerTenant();

    public async Task RemindAndCall(string peerKey, TimeSpan period)
    {
        _peer = peerKey;
        await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.Zero, period);
    }

    public Task<IReadOnlyList<(string? Tick, string? Peer)>> Ticks() => Task.FromResult<IReadOnlyList<(string?, string?)>>([.. _ticks]);

    public async Task StopReminding()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var tick = TenantContext.Current;
        var peer = _peer is null ? null : await CallPeer(_peer);
        _ticks.Add((tick, peer));
    }
}
