using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Outreach;

/// <summary>outreachThread: a candidate's conversation as the contact ledger holds it, for the caller's tenant only.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class OutreachThreadQueryTests(GraphQLHostFixture fixture) : IAsyncLifetime
{
    private const string Thread = "query($project: ID!, $candidate: ID!) { outreachThread(projectId: $project, candidateId: $candidate) { candidateId takenOver messages { id direction text subject channel status replyKind answers at } } }";
    private const string ProjectId = "proj-thread";
    private const string Candidate = ProductSeed.PublicProfile;
    private const string Asking = ProductSeed.PrivateProfile;

    private readonly GraphQLHost _host = fixture.Host;

    public async Task InitializeAsync()
    {
        await ProductSeed.EnsureAsync(_host);
        using var tenant = TenantScope.For(ProductSeed.Tenant);
        if (!await TestProject.Of(_host, ProjectId).Exists())
        {
            await TestProject.CreateAsync(_host, ProjectId, true, new SourcedCandidate(Candidate, "kubernetes"), new SourcedCandidate(Asking, "kubernetes"));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheThreadListsTheSentMessageWithItsDeliveryStatusAndTheReplyAfterIt()
    {
        var message = await SentAsync(Candidate);
        await ReplyAsync(message, "Yes, I'm interested, let's talk!");

        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Thread, new { project = ProjectId, candidate = Candidate });

        var thread = GraphQLBody.DataOf(body).GetProperty("outreachThread");
        var messages = thread.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(2, messages.Count);
        Assert.Equal(
            ("OUT", message.Id, "Hi, your platform work caught my eye.", "A platform role", OutreachChannelNames.BuiltIn, "REPLIED"),
            (messages[0].GetProperty("direction").GetString(), messages[0].GetProperty("id").GetString(), messages[0].GetProperty("text").GetString(),
                messages[0].GetProperty("subject").GetString(), messages[0].GetProperty("channel").GetString(), messages[0].GetProperty("status").GetString()));
        Assert.Equal(
            ("IN", "Yes, I'm interested, let's talk!", "INTERESTED", JsonValueKind.Null, 0),
            (messages[1].GetProperty("direction").GetString(), messages[1].GetProperty("text").GetString(), messages[1].GetProperty("replyKind").GetString(),
                messages[1].GetProperty("status").ValueKind, messages[1].GetProperty("answers").GetArrayLength()));
        Assert.False(thread.GetProperty("takenOver").GetBoolean());
    }

    [Fact]
    public async Task AQuestionShowsWhatTheCandidateWasTold()
    {
        await ReplyAsync(await SentAsync(Asking), "What is the salary range?");

        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Thread, new { project = ProjectId, candidate = Asking });

        var reply = GraphQLBody.DataOf(body).GetProperty("outreachThread").GetProperty("messages")[1];
        Assert.Equal("QUESTION", reply.GetProperty("replyKind").GetString());
        Assert.Single(reply.GetProperty("answers").EnumerateArray());
    }

    [Fact]
    public async Task TheCandidateCardReadsTheThreadAndTheScreeningInOneQueryWithinTheComplexityLimit()
    {
        const string Card = "query($project: ID!, $candidate: ID!) { outreachThread(projectId: $project, candidateId: $candidate) { takenOver messages { id direction text subject status replyKind at } } candidateScreenings(projectId: $project, candidateIds: [$candidate]) { questions { qualification verdict essential text } summary { text at notes { qualification covered text } } } }";

        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Card, new { project = ProjectId, candidate = Candidate });

        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
    }

    [Fact]
    public async Task AnotherTenantsProjectOrAnUnknownCandidateReadsExactlyLikeAnUnknownProject()
    {
        var unknownProject = await ErrorsAsync(ProductSeed.Tenant, new { project = "proj-nobody", candidate = Candidate });
        var unknownCandidate = await ErrorsAsync(ProductSeed.Tenant, new { project = ProjectId, candidate = "cand-nobody" });
        var foreign = await ErrorsAsync("globex", new { project = ProjectId, candidate = Candidate });

        Assert.Contains("NOT_FOUND", unknownProject, StringComparison.Ordinal);
        Assert.Equal(unknownProject, unknownCandidate);
        Assert.Equal(unknownProject, foreign);
    }

    /// <summary>The first message to the candidate, sent once through the ledger on the built-in channel (a second call finds the same one).</summary>
    private async Task<ContactMessage> SentAsync(string candidateId)
    {
        var ledgers = _host.Gateway.App.Services.GetRequiredService<ContactLedgers>();
        var sent = await ledgers.SenderFor(await ledgers.OpenAsync(ProductSeed.Tenant)).SendAsync(new OutreachSend(
            $"thread-query-{candidateId}", candidateId, ProjectId, ContactKind.FirstOutreach, OutreachChannelNames.BuiltIn, "A platform role", "Hi, your platform work caught my eye."));
        return sent.Message!;
    }

    /// <summary>The candidate answers on their page (the same form posted again is the same reply).</summary>
    private async Task ReplyAsync(ContactMessage message, string text)
    {
        using var tenant = TenantScope.For(ProductSeed.Tenant);
        await _host.Gateway.Grains.GetGrain<IOutreachAgent>(GrainKeys.Project(ProductSeed.Tenant, ProjectId))
            .ReceiveReply(new CandidateReplyInput(message.ThreadId, message.Id, "form-1", text));
    }

    private async Task<string> ErrorsAsync(string tenant, object variables)
    {
        var body = await _host.QueryAsync(tenant, ProductSeed.Recruiter, Thread, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), body.GetRawText());
        return JsonSerializer.Serialize(errors);
    }
}
