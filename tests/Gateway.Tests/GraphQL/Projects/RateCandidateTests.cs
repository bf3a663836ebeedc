using System.Text.Json;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Projects;

/// <summary>rateCandidate: a thumbs rating goes to the recruiter's assistant as a structured message, only for candidates of the caller's own project.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class RateCandidateTests(GraphQLHostFixture fixture) : IAsyncLifetime
{
    private const string Rate = "mutation($project: ID!, $candidate: ID!, $verdict: RatingVerdict!, $reason: String) { rateCandidate(projectId: $project, candidateId: $candidate, verdict: $verdict, reason: $reason) { clientMessageId inboxSequence duplicate } }";

    private readonly GraphQLHost _host = fixture.Host;

    public async Task InitializeAsync()
    {
        await ProductSeed.EnsureAsync(_host);
        _host.World.Recruiter(ProductSeed.Tenant, ProductSeed.Recruiter).Projects.Add(ProductSeed.ProjectId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AThumbsDownWithAReasonReachesTheAssistantAsARatingOfTheProjectsCandidate()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Rate, new { project = ProductSeed.ProjectId, candidate = ProductSeed.ToMove, verdict = "DOWN", reason = "too junior" });

        var ack = GraphQLBody.DataOf(body).GetProperty("rateCandidate");
        Assert.False(ack.GetProperty("duplicate").GetBoolean());
        var envelope = Assert.Single(Posted(), e => e.ClientMessageId == ack.GetProperty("clientMessageId").GetString());
        Assert.Equal(ProductSeed.ProjectId, envelope.ProjectId);
        Assert.Equal(new CandidateRating(ProductSeed.ToMove, RatingVerdict.Down, "too junior"), envelope.Rating);
        Assert.Equal($"Thumbs down for {ProductSeed.ToMove}: too junior", envelope.Text);
    }

    [Fact]
    public async Task AnotherTenantsCandidateOrProjectReadsExactlyLikeAnUnknownIdAndPostsNothing()
    {
        var before = Posted().Count;

        var foreignProject = await Errors("globex", new { project = ProductSeed.ProjectId, candidate = ProductSeed.Evaluated, verdict = "UP" });
        var foreignCandidate = await Errors(ProductSeed.Tenant, new { project = ProductSeed.ProjectId, candidate = "globex-private-1", verdict = "UP" });
        var poolCandidateNotInTheProject = await Errors(ProductSeed.Tenant, new { project = ProductSeed.ProjectId, candidate = ProductSeed.PrivateProfile, verdict = "UP" });
        var unknownProject = await Errors(ProductSeed.Tenant, new { project = "proj-nobody", candidate = ProductSeed.Evaluated, verdict = "UP" });

        Assert.Contains("NOT_FOUND", unknownProject, StringComparison.Ordinal);
        Assert.Equal(unknownProject, foreignProject);
        Assert.Equal(unknownProject, foreignCandidate);
        Assert.Equal(unknownProject, poolCandidateNotInTheProject);
        Assert.Equal(before, Posted().Count);
    }

    [Fact]
    public async Task AnOverlongReasonIsRefusedAsInvalid()
    {
        var errors = await Errors(ProductSeed.Tenant, new { project = ProductSeed.ProjectId, candidate = ProductSeed.Evaluated, verdict = "UP", reason = new string('x', 2001) });

        Assert.Contains(RefusalCodes.Invalid, errors, StringComparison.Ordinal);
    }

    private List<MessageEnvelope> Posted()
    {
        var recruiter = _host.World.Recruiter(ProductSeed.Tenant, ProductSeed.Recruiter);
        lock (recruiter.Posted)
        {
            return [.. recruiter.Envelopes];
        }
    }

    private async Task<string> Errors(string tenant, object variables)
    {
        var body = await _host.QueryAsync(tenant, ProductSeed.Recruiter, Rate, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), body.GetRawText());
        return JsonSerializer.Serialize(errors);
    }
}
