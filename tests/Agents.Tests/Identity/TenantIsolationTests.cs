using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Support;
using Hiring.Agents.Tests.TestGrains;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Identity;

/// <summary>The silo's tenant filters, through real grain calls on the product's wiring.</summary>
[Collection(SqliteClusterCollection.Name)]
public sealed class TenantIsolationTests(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task ACallFromOutsideWithoutATenantIsRefusedAsNotFound()
    {
        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => Grains.GetGrain<ITenantProbeGrain>("t1/no-tenant").CallerTenant());

        Assert.Equal((RefusalCodes.NotFound, "Not found."), (refusal.Code, refusal.Message));
    }

    [Fact]
    public async Task AnotherTenantsCallIsRefusedAsNotFoundAndTheOwnersPasses()
    {
        var grain = Grains.GetGrain<ITenantProbeGrain>("owner/probed");
        using (TenantScope.For("intruder"))
        {
            var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => grain.CallerTenant());
            Assert.Equal((RefusalCodes.NotFound, "Not found."), (refusal.Code, refusal.Message));
        }

        using var owner = TenantScope.For("owner");
        Assert.Equal("owner", await grain.CallerTenant());
    }

    [Fact]
    public async Task AGrainCallsGrainsOfItsOwnTenantWithoutAnyoneSettingTheTenant()
    {
        using var scope = TenantScope.For("t1");

        Assert.Equal("t1", await Grains.GetGrain<ITenantProbeGrain>("t1/caller").CallPeer("t1/peer"));
    }

    [Fact]
    public async Task AGrainSpeaksOnlyForItsOwnTenantWhateverItsCallerCarried()
    {
        using var scope = TenantScope.For("t1");

        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => Grains.GetGrain<ITenantProbeGrain>("t1/crosser").CallPeer("t2/peer"));

        Assert.Equal(RefusalCodes.NotFound, refusal.Code);
    }

    [Fact]
    public async Task AReminderTickReachesTheGrainWithoutATenantAndItsCallsCarryTheGrainsTenant()
    {
        var grain = Grains.GetGrain<ITenantProbeGrain>("t1/reminded");
        using (TenantScope.For("t1"))
        {
            await grain.RemindAndCall("t1/reminded-peer", TimeSpan.FromSeconds(1));
        }

        IReadOnlyList<(string? Tick, string? Peer)> ticks = [];
        await Wait.UntilAsync(
            async () =>
            {
                using var scope = TenantScope.For("t1");
                ticks = await grain.Ticks();
                return ticks.Count > 0;
            },
            TimeSpan.FromSeconds(30),
            "the reminder ticked");
        using (TenantScope.For("t1"))
        {
            await grain.StopReminding();
        }

        Assert.Equal((null, "t1"), ticks[0]);
    }
}
