using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Screening;

/// <summary>importTranscript, candidateScreenings and the take-over pair: the caller's tenant only, and a candidate not in the project reads like an unknown one.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class ScreeningMutationTests(GraphQLHostFixture fixture) : IAsyncLifetime
{
    private const string Import = "mutation($project: ID!, $candidate: ID!, $text: String!) { importTranscript(projectId: $project, candidateId: $candidate, text: $text) { candidateId text turns candidateSpeaker notes { qualificationId covered quotes } } }";
    private const string Screenings = "query($project: ID!, $candidate: ID!) { candidateScreenings(projectId: $project, candidateIds: [$candidate]) { candidateId summary { notes { quotes } } } }";
    private const string TakeOver = "mutation($project: ID!, $candidate: ID!) { takeOverConversation(projectId: $project, candidateId: $candidate) { candidateId takenOver by } }";
    private const string HandBack = "mutation($project: ID!, $candidate: ID!) { handBackConversation(projectId: $project, candidateId: $candidate) { candidateId takenOver } }";
    private const string ProjectId = "proj-screening";
    private const string Candidate = "cand-screened";
    private const string Broken = "cand-broken-transcript";
    private const string Transcript = "Recruiter: How much Kubernetes have you run in production?\nCandidate: Three years, on bare metal clusters.\nRecruiter: Thanks.";

    private readonly GraphQLHost _host = fixture.Host;

    public async Task InitializeAsync()
    {
        await ProductSeed.EnsureAsync(_host);
        using var tenant = TenantScope.For(ProductSeed.Tenant);
        if (!await TestProject.Of(_host, ProjectId).Exists())
        {
            await TestProject.CreateAsync(_host, ProjectId, true, new SourcedCandidate(Candidate, "go"), new SourcedCandidate(Broken, "go"));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnImportedTranscriptIsSummarizedWithTheCandidatesOwnWordsAndKeptForTheCard()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Import, new { project = ProjectId, candidate = Candidate, text = Transcript });

        var summary = GraphQLBody.DataOf(body).GetProperty("importTranscript");
        var note = summary.GetProperty("notes")[0];
        Assert.Equal(("Candidate", 3, "q1", true), (summary.GetProperty("candidateSpeaker").GetString(), summary.GetProperty("turns").GetInt32(), note.GetProperty("qualificationId").GetString(), note.GetProperty("covered").GetBoolean()));
        Assert.Equal("Three years, on bare metal clusters.", note.GetProperty("quotes")[0].GetString());
        Assert.Equal(["Three years, on bare metal clusters."], await KeptQuotesAsync(ProductSeed.Tenant, Candidate));
    }

    [Fact]
    public async Task AnUnreadableTranscriptIsRefusedWithTheReasonAndNothingIsKept()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Import, new { project = ProjectId, candidate = Broken, text = "WEBVTT\n\n00:00:01.000 --> soon\n<v Candidate>Hi" });

        var error = body.GetProperty("errors")[0];
        Assert.Equal(RefusalCodes.Invalid, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Line 3", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(await KeptQuotesAsync(ProductSeed.Tenant, Broken));
    }

    [Fact]
    public async Task AnUnknownCandidateOrAnotherTenantsProjectReadsExactlyLikeAnUnknownProject()
    {
        var unknownProject = await ErrorsAsync(ProductSeed.Tenant, Import, new { project = "proj-nobody", candidate = Candidate, text = Transcript });
        var unknownCandidate = await ErrorsAsync(ProductSeed.Tenant, Import, new { project = ProjectId, candidate = "cand-nobody", text = Transcript });
        var foreign = await ErrorsAsync("globex", Import, new { project = ProjectId, candidate = Candidate, text = Transcript });
        var foreignTakeOver = await ErrorsAsync("globex", TakeOver, new { project = ProjectId, candidate = Candidate });
        var unknownTakeOver = await ErrorsAsync(ProductSeed.Tenant, TakeOver, new { project = ProjectId, candidate = "cand-nobody" });

        Assert.Contains("NOT_FOUND", unknownProject, StringComparison.Ordinal);
        Assert.Equal(unknownProject, unknownCandidate);
        Assert.Equal(unknownProject, foreign);
        Assert.Contains("NOT_FOUND", unknownTakeOver, StringComparison.Ordinal);
        Assert.Equal(unknownTakeOver, foreignTakeOver);
    }

    [Fact]
    public async Task TheRecruiterTakesAConversationOverAndHandsItBack()
    {
        var taken = GraphQLBody.DataOf(await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, TakeOver, new { project = ProjectId, candidate = Candidate })).GetProperty("takeOverConversation");
        var back = GraphQLBody.DataOf(await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, HandBack, new { project = ProjectId, candidate = Candidate })).GetProperty("handBackConversation");

        Assert.Equal((true, ProductSeed.Recruiter), (taken.GetProperty("takenOver").GetBoolean(), taken.GetProperty("by").GetString()));
        Assert.False(back.GetProperty("takenOver").GetBoolean());
    }

    private async Task<List<string>> KeptQuotesAsync(string tenant, string candidate)
    {
        var body = await _host.QueryAsync(tenant, ProductSeed.Recruiter, Screenings, new { project = ProjectId, candidate });
        return [.. GraphQLBody.DataOf(body).GetProperty("candidateScreenings").EnumerateArray()
            .SelectMany(s => s.GetProperty("summary").ValueKind == JsonValueKind.Null ? [] : s.GetProperty("summary").GetProperty("notes").EnumerateArray().SelectMany(n => n.GetProperty("quotes").EnumerateArray()))
            .Select(q => q.GetString()!)];
    }

    private async Task<string> ErrorsAsync(string tenant, string query, object variables)
    {
        var body = await _host.QueryAsync(tenant, ProductSeed.Recruiter, query, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), body.GetRawText());
        return JsonSerializer.Serialize(errors);
    }
}
