using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Assistant;

[Collection(GraphQLCollection.Name)]
public sealed class DecideApprovalTests(GraphQLHostFixture fixture)
{
    private const string Decide = "mutation($id: ID!, $verdict: ApprovalVerdict!) { decideApproval(id: $id, verdict: $verdict) { id status } }";

    [Fact]
    public async Task DecidingAnApprovalTwiceAnswersAlreadyDecided()
    {
        const string id = "approval-decided-twice";
        fixture.Host.World.Recruiter("globex", "r11").Approvals.Add(new ApprovalRequest(
            id, "plan-9", 0, ApprovalAction.Send, AgentKind.Outreach, "send", "Email Bo", new Dictionary<string, string>(), DateTimeOffset.UtcNow, ApprovalStatus.Pending));

        var first = await fixture.Host.QueryAsync("globex", "r11", Decide, new { id, verdict = "REJECT" });
        var second = await fixture.Host.QueryAsync("globex", "r11", Decide, new { id, verdict = "APPROVE" });

        Assert.Equal("REJECTED", GraphQLBody.DataOf(first).GetProperty("decideApproval").GetProperty("status").GetString());
        var error = second.GetProperty("errors")[0];
        Assert.Equal(RefusalCodes.AlreadyDecided, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("already", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
