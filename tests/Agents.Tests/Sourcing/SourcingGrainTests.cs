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
    private static StepCommand Search(string recruiter = "t1/r1") => new("k1", recruiter, "p1", PlanActions.Search, new Dictionary<string, string>(), RequestSlots.Empty);

    [Fact]
    public async Task ASiloWithoutSourcingWiredRefusesClearlyInsteadOfFailing()
    {
        using var scope = TenantScope.For("t1");
        var grain = fixture.Cluster.Client.GetGrain<ISourcingAgent>("t1/sourcing-unwired");

        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => grain.Start(Search()));

        Assert.Equal(RefusalCodes.NotAvailable, refusal.Code);
        Assert.Equal("The sourcing agent is not available yet, so I can't 'search'.", refusal.Message);
    }

    [Fact]
    public async Task AStepForAnotherTenantsRecruiterIsRefusedAsIfTheProjectDidNotExist()
    {
        var grain = fixture.Cluster.Client.GetGrain<ISourcingAgent>("t1/sourcing-tenant");
        using var scope = TenantScope.For("t1");

        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => grain.Start(Search("t2/r1")));

        Assert.Equal(RefusalCodes.NotFound, refusal.Code);
    }
}
