using System.Text.Json;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Tenancy;

/// <summary>acme/r8 owns data; globex/r8 (same recruiter name, other tenant) probes every query and mutation with acme's ids.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class TenantIsolationTests : IAsyncLifetime
{
    private const string Decide = "mutation($id: ID!) { decideApproval(id: $id, verdict: APPROVE) { id status } }";
    private const string Send = "mutation($project: ID) { sendMessage(clientMessageId: \"probe\", text: \"hi\", projectId: $project) { clientMessageId } }";
    private const string AcmeApproval = "approval-acme-1";
    private const string AcmeProject = "project-acme";

    private readonly GraphQLHost _host;

    public TenantIsolationTests(GraphQLHostFixture fixture) => _host = fixture.Host;

    public async Task InitializeAsync()
    {
        var acme = _host.World.Recruiter("acme", "r8");
        if (acme.Approvals.Count > 0)
        {
            return;
        }

        acme.Approvals.Add(new ApprovalRequest(AcmeApproval, "plan-1", 0, ApprovalAction.Send, AgentKind.Outreach, "send", "Email Ada", new Dictionary<string, string>(), DateTimeOffset.UtcNow, ApprovalStatus.Pending));
        acme.Approvals.Add(new ApprovalRequest("approval-acme-2", "plan-1", 1, ApprovalAction.Advance, AgentKind.Evaluation, "advance", "Advance Ada", new Dictionary<string, string>(), DateTimeOffset.UtcNow, ApprovalStatus.Pending));
        acme.Projects.Add(AcmeProject);
        acme.Turns.Add(new ConversationTurn(1, ConversationRole.Recruiter, "acme confidential", DateTimeOffset.UtcNow));
        acme.Policy[ApprovalAction.Send] = ApprovalMode.Auto;
        await acme.PublishAsync(AssistantEventKind.Reply, "acme confidential");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DecidingAnotherTenantsApprovalReadsExactlyLikeAnUnknownId()
    {
        var foreign = await Errors("globex", Decide, new { id = AcmeApproval });
        var unknown = await Errors("globex", Decide, new { id = "approval-that-never-was" });

        Assert.Equal(unknown, foreign);
        Assert.Contains("NOT_FOUND", foreign, StringComparison.Ordinal);
        Assert.DoesNotContain("acme", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendingAMessageAboutAnotherTenantsProjectReadsExactlyLikeAnUnknownId()
    {
        var foreign = await Errors("globex", Send, new { project = AcmeProject });
        var unknown = await Errors("globex", Send, new { project = "project-nobody" });
        var malformed = await Errors("globex", Send, new { project = "acme/project-acme" });

        Assert.Equal(unknown, foreign);
        Assert.Equal(unknown, malformed);
        Assert.Contains("NOT_FOUND", foreign, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOwnerCanDecideAndSendWhereTheProbeCannot()
    {
        var decided = await _host.QueryAsync("acme", "r8", Decide, new { id = "approval-acme-2" });
        var sent = await _host.QueryAsync("acme", "r8", Send, new { project = AcmeProject });

        Assert.Equal("APPROVED", decided.GetProperty("data").GetProperty("decideApproval").GetProperty("status").GetString());
        Assert.Equal("probe", sent.GetProperty("data").GetProperty("sendMessage").GetProperty("clientMessageId").GetString());
    }

    [Fact]
    public async Task QueriesOnlySeeTheCallersOwnData()
    {
        var body = await _host.QueryAsync("globex", "r8", "{ me { tenant id } approvals(pendingOnly: false) { id } conversation { turns { text } } events { text } approvalPolicy { entries { action mode } } }");
        var data = body.GetProperty("data");

        Assert.Equal("globex", data.GetProperty("me").GetProperty("tenant").GetString());
        Assert.Empty(data.GetProperty("approvals").EnumerateArray());
        Assert.Empty(data.GetProperty("conversation").GetProperty("turns").EnumerateArray());
        Assert.DoesNotContain("acme", data.GetProperty("events").GetRawText(), StringComparison.Ordinal);
        Assert.Equal("ASK", data.GetProperty("approvalPolicy").GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "SEND").GetProperty("mode").GetString());
    }

    [Fact]
    public async Task SettingAPolicyNeverReachesAnotherTenant()
    {
        await _host.QueryAsync("globex", "r8", "mutation { setApprovalPolicy(action: REJECT, mode: AUTO) { entries { mode } } }");

        Assert.False(_host.World.Recruiter("acme", "r8").Policy.ContainsKey(ApprovalAction.Reject));
        Assert.Equal(ApprovalMode.Auto, _host.World.Recruiter("globex", "r8").Policy[ApprovalAction.Reject]);
    }

    private async Task<string> Errors(string tenant, string query, object variables)
    {
        var body = await _host.QueryAsync(tenant, "r8", query, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), body.GetRawText());
        return JsonSerializer.Serialize(errors);
    }
}
