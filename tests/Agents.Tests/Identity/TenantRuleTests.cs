using Hiring.Agents.Identity;

namespace Hiring.Agents.Tests.Identity;

public sealed class TenantRuleTests
{
    [Theory]
    [InlineData("acme", "acme", false, true)]
    [InlineData("other", "acme", false, false)]
    [InlineData("other", "acme", true, false)]
    [InlineData(null, "acme", false, false)]
    [InlineData(null, "acme", true, true)]
    public void OnlyTheOwnersTenantOrTheRuntimeWithoutATenantIsAdmitted(string? caller, string owner, bool fromRuntime, bool admitted) =>
        Assert.Equal(admitted, TenantRule.Admits(caller, System.Text.Encoding.UTF8.GetBytes($"{owner}/ana"), fromRuntime));

    [Theory]
    [InlineData("acme/ana", "acme", true)]
    [InlineData("acme/p1#sourcing", "acme", true)]
    [InlineData("acme", "acme", true)]
    [InlineData("acme2/ana", "acme", false)]
    [InlineData("acm/ana", "acme", false)]
    [InlineData("acme/ana", "acme/ana", false)]
    [InlineData("äcme/ana", "äcme", true)]
    [InlineData("äcme/ana", "acme", false)]
    public void ATenantIsReadOnTheKeysBytesAsOnItsString(string key, string tenant, bool owns)
    {
        Assert.Equal(owns, GrainKeys.TenantOfGrain(key) == tenant);
        Assert.Equal(owns, GrainKeys.IsTenantOfGrain(System.Text.Encoding.UTF8.GetBytes(key), tenant));
    }

    [Theory]
    [InlineData("acme/ana", "acme")]
    [InlineData("acme/p1#sourcing", "acme")]
    [InlineData("acme", "acme")]
    public void AGrainsTenantIsTheKeyBeforeTheFirstSlashOrTheWholeKey(string key, string tenant) =>
        Assert.Equal(tenant, GrainKeys.TenantOfGrain(key));

    [Fact]
    public void AScopeRestoresWhatWasThereBefore()
    {
        using (TenantScope.For("outer"))
        {
            using (TenantScope.For("inner"))
            {
                Assert.Equal("inner", TenantContext.Current);
            }

            Assert.Equal("outer", TenantContext.Current);
        }

        Assert.Null(TenantContext.Current);
    }
}
