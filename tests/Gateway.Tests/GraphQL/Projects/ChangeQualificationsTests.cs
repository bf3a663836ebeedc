using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Tests.GraphQL.Fakes;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Projects;

/// <summary>
/// changeQualifications at the gateway, with the in-memory assistant: a waiting qualification approval
/// of the project is decided as an edit; otherwise the change is posted as the recruiter's own decision.
/// Bad input changes nothing. (The real assistant's follow-ups: <see cref="QualificationChangesThroughTheAssistantTests"/>.)
/// </summary>
[Collection(GraphQLCollection.Name)]
public sealed class ChangeQualificationsTests(GraphQLHostFixture fixture) : IAsyncLifetime
{
    private const string Change = """
        mutation($project: ID!, $approve: [ID!], $remove: [ID!], $edits: [QualificationEditInput!], $add: [String!], $id: String) {
          changeQualifications(projectId: $project, approve: $approve, remove: $remove, edits: $edits, add: $add, clientMessageId: $id) { clientMessageId inboxSequence duplicate } }
        """;

    private readonly GraphQLHost _host = fixture.Host;

    private FakeRecruiter Assistant => _host.World.Recruiter(ProductSeed.Tenant, ProductSeed.Recruiter);

    public Task InitializeAsync() => ProductSeed.EnsureAsync(_host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task WithoutAWaitingApprovalTheChangeReachesTheAssistantAsTheRecruitersOwnDecision()
    {
        await ProjectAsync("proj-change-post");

        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Change, new
        {
            project = "proj-change-post",
            approve = Of("q1"),
            remove = Of("q2"),
            edits = new[] { new { id = "q1", text = "Kubernetes in production, 3+ years" } },
            add = Of("Terraform"),
        });

        var ack = GraphQLBody.DataOf(body).GetProperty("changeQualifications");
        var envelope = Assert.Single(Posted(), e => e.ClientMessageId == ack.GetProperty("clientMessageId").GetString());
        Assert.Equal("proj-change-post", envelope.ProjectId);
        var decision = Assert.IsType<QualificationEdits>(envelope.Qualifications);
        Assert.Equal(["q1"], decision.Approve);
        Assert.Equal(["q2"], decision.Remove);
        Assert.Equal(["Terraform"], decision.Add);
        Assert.Equal("Kubernetes in production, 3+ years", decision.Edits["q1"]);
        Assert.DoesNotContain("Terraform", envelope.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWaitingQualificationApprovalOfTheProjectIsDecidedAsAnEditWithTheChanges()
    {
        await ProjectAsync("proj-change-approval");
        var waiting = Approval("proj-change-approval");
        var otherProject = Approval("proj-other") with { Id = "plan-other-s1" };
        lock (Assistant.Posted)
        {
            Assistant.Approvals.Add(otherProject);
            Assistant.Approvals.Add(waiting);
        }

        var before = Posted().Count;
        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Change, new
        {
            project = "proj-change-approval",
            approve = Of("q2"),
            edits = new[] { new { id = "q1", text = "Kubernetes on bare metal" } },
            add = Of("Terraform; Ansible"),
            id = "change-approval-1",
        });

        var ack = GraphQLBody.DataOf(body).GetProperty("changeQualifications");
        Assert.Equal(0, ack.GetProperty("inboxSequence").GetInt64());
        Assert.Equal(before, Posted().Count);
        var decided = Assistant.Approvals.Single(a => a.Id == waiting.Id);
        Assert.Equal(ApprovalVerdict.Edit, decided.Decision!.Verdict);
        Assert.Equal("Kubernetes on bare metal", decided.Decision.Changes!["q1"]);
        Assert.Equal("Go services", decided.Decision.Changes["q2"]);
        Assert.Equal("q2,q1", decided.Decision.Changes[StepValueNames.Approve]);
        Assert.Equal("Terraform, Ansible", decided.Decision.Changes[StepValueNames.Add]);
        Assert.Equal(ApprovalStatus.Pending, Assistant.Approvals.Single(a => a.Id == otherProject.Id).Status);

        var again = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Change, new { project = "proj-change-approval", approve = Of("q2"), id = "change-approval-1" });
        Assert.True(GraphQLBody.DataOf(again).GetProperty("changeQualifications").GetProperty("duplicate").GetBoolean());
        Assert.Equal(before, Posted().Count);
    }

    [Fact]
    public async Task UnknownIdsTooManyItemsOrOverlongTextsAreInvalidAndNothingIsPostedOrDecided()
    {
        await ProjectAsync("proj-change-bad");
        var waiting = Approval("proj-change-bad");
        lock (Assistant.Posted)
        {
            Assistant.Approvals.Add(waiting);
        }

        var before = Posted().Count;
        string[][] refusals =
        [
            await ErrorCodesAsync(new { project = "proj-change-bad", approve = Of("q1", "q9") }),
            await ErrorCodesAsync(new { project = "proj-change-bad", add = Enumerable.Range(0, 51).Select(i => $"Skill {i}").ToArray() }),
            await ErrorCodesAsync(new { project = "proj-change-bad", edits = new[] { new { id = "q1", text = new string('x', 501) } } }),
            await ErrorCodesAsync(new { project = "proj-change-bad", add = Of("  ") }),
            await ErrorCodesAsync(new { project = "proj-change-bad" }),
            await ErrorCodesAsync(new { project = "proj-change-bad", approve = Of("q1"), remove = Of("q1") }),
        ];

        Assert.All(refusals, codes => Assert.Equal([RefusalCodes.Invalid], codes));
        Assert.Equal(before, Posted().Count);
        Assert.Equal(ApprovalStatus.Pending, Assistant.Approvals.Single(a => a.Id == waiting.Id).Status);
        using var tenant = TenantScope.For(ProductSeed.Tenant);
        Assert.Equal(["q1"], (await TestProject.Of(_host, "proj-change-bad").ApprovedQualifications()).Select(q => q.Id));
    }

    [Fact]
    public async Task AnotherTenantsProjectReadsExactlyLikeAnUnknownOneAndNothingIsPosted()
    {
        await ProjectAsync("proj-change-foreign");
        var before = Posted().Count;

        var foreign = await ErrorsAsync("globex", new { project = "proj-change-foreign", approve = Of("q1") });
        var unknown = await ErrorsAsync(ProductSeed.Tenant, new { project = "proj-nobody", approve = Of("q1") });

        Assert.Contains("NOT_FOUND", unknown, StringComparison.Ordinal);
        Assert.Equal(unknown, foreign);
        Assert.Equal(before, Posted().Count);
    }

    /// <summary>A list argument (a params array, so no constant array is allocated at each call).</summary>
    private static string[] Of(params string[] items) => items;

    private async Task ProjectAsync(string projectId)
    {
        await TestProject.CreateAsync(_host, projectId);
        Assistant.Projects.Add(projectId);
    }

    private static ApprovalRequest Approval(string projectId) => new(
        $"plan-{projectId}-s1",
        $"plan-{projectId}",
        1,
        ApprovalAction.ApplyQualificationChange,
        AgentKind.Intake,
        PlanActions.ApplyQualifications,
        "Intake will apply qualifications",
        new Dictionary<string, string> { ["q1"] = "Kubernetes in production", ["q2"] = "Go services" },
        DateTimeOffset.UtcNow,
        ApprovalStatus.Pending,
        ProjectId: projectId);

    private List<MessageEnvelope> Posted()
    {
        lock (Assistant.Posted)
        {
            return [.. Assistant.Envelopes];
        }
    }

    private async Task<string[]> ErrorCodesAsync(object variables)
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Change, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), body.GetRawText());
        return [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)];
    }

    private async Task<string> ErrorsAsync(string tenant, object variables)
    {
        var body = await _host.QueryAsync(tenant, ProductSeed.Recruiter, Change, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), body.GetRawText());
        return JsonSerializer.Serialize(errors);
    }
}
