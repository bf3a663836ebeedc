using Hiring.Agents.Identity;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Sourcing;

/// <summary>The grain in a silo wired without the talent index and AddSourcing.</summary>
[Collection(SqliteClusterCollection.Name)]
public sealed class SourcingGrainTests(ClusterFixture fixture)
{
    private static StepCommand Search() => new("k1", "t1/r1", "p1", PlanActions.Search, new Dictionary<string, string>(), RequestSlots.Empty);

    [Fact]
    public async Task ASiloWithoutSourcingWiredRefusesClearlyInsteadOfFailing()
    {
        using var scope = TenantScope.For("t1");
        var grain = fixture.Cluster.Client.GetGrain<ISourcingAgent>("t1/sourcing-unwired");

        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => grain.Execute(Search()));

        Assert.Equal(RefusalCodes.NotAvailable, refusal.Code);
        Assert.Equal("Sourcing is not available in this deployment yet, so I can't 'search'.", refusal.Message);
    }

    [Fact]
    public async Task AnotherTenantsCallIsRefusedAsIfTheProjectDidNotExist()
    {
        var grain = fixture.Cluster.Client.GetGrain<ISourcingAgent>("t1/sourcing-tenant");
        using var scope = TenantScope.For("t2");

        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => grain.Execute(Search()));

        Assert.Equal(RefusalCodes.NotFound, refusal.Code);
    }
}
