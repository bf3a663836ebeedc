using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Projects;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Projects;

/// <summary>addCandidateNote and PipelineEntry.notes: the recruiter's notes on a candidate, kept with the project.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class CandidateNoteTests(GraphQLHostFixture fixture) : IAsyncLifetime
{
    private const string Add = "mutation($project: ID!, $candidate: ID!, $text: String!) { addCandidateNote(projectId: $project, candidateId: $candidate, text: $text) { candidateId notes { text by at } } }";
    private const string Notes = "query($id: ID!, $candidate: ID!) { project(id: $id) { entry(candidateId: $candidate) { notes { text by } } } }";
    private const string ProjectId = "proj-notes";
    private const string Candidate = "cand-noted";

    private readonly GraphQLHost _host = fixture.Host;

    public async Task InitializeAsync()
    {
        await ProductSeed.EnsureAsync(_host);
        using var tenant = TenantScope.For(ProductSeed.Tenant);
        if (!await TestProject.Of(_host, ProjectId).Exists())
        {
            await TestProject.CreateAsync(_host, ProjectId, true, new SourcedCandidate(Candidate, "go"), new SourcedCandidate("cand-many-notes", "go"));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task NotesAreKeptOldestFirstWithTheRecruiterWhoWroteThem()
    {
        await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Add, new { project = ProjectId, candidate = Candidate, text = "  Strong on Go.  " });
        var body = await _host.QueryAsync(ProductSeed.Tenant, "r3", Add, new { project = ProjectId, candidate = Candidate, text = "Call on Monday." });

        var notes = GraphQLBody.DataOf(body).GetProperty("addCandidateNote").GetProperty("notes").EnumerateArray().ToList();
        Assert.Equal([("Strong on Go.", ProductSeed.Recruiter), ("Call on Monday.", "r3")], notes.Select(n => (n.GetProperty("text").GetString(), n.GetProperty("by").GetString())).TakeLast(2));
        Assert.True(notes[^1].GetProperty("at").GetDateTimeOffset() >= notes[^2].GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task OnlyTheLatestHundredNotesOfACandidateAreKept()
    {
        var project = TestProject.Of(_host, ProjectId);
        using (TenantScope.For(ProductSeed.Tenant))
        {
            for (var i = 1; i <= CandidateNotes.Kept + 5; i++)
            {
                await project.AddNote("cand-many-notes", $"note {i}", ProductSeed.Owner);
            }
        }

        var notes = await NotesAsync(ProductSeed.Tenant, "cand-many-notes");

        Assert.Equal(CandidateNotes.Kept, notes.Count);
        Assert.Equal(("note 6", $"note {CandidateNotes.Kept + 5}"), (notes[0], notes[^1]));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task ABlankOrOverlongNoteIsInvalidAndChangesNothing(string? text)
    {
        var before = await NotesAsync(ProductSeed.Tenant, Candidate);

        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Add, new { project = ProjectId, candidate = Candidate, text = text ?? new string('x', CandidateNotes.MaxText + 1) });

        Assert.Equal(RefusalCodes.Invalid, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, await NotesAsync(ProductSeed.Tenant, Candidate));
    }

    [Fact]
    public async Task ANoteOnAnUnknownCandidateOrAnotherTenantsProjectReadsExactlyLikeAnUnknownProject()
    {
        var unknownProject = await ErrorsAsync(ProductSeed.Tenant, new { project = "proj-nobody", candidate = Candidate, text = "hello" });
        var unknownCandidate = await ErrorsAsync(ProductSeed.Tenant, new { project = ProjectId, candidate = "cand-nobody", text = "hello" });
        var foreign = await ErrorsAsync("globex", new { project = ProjectId, candidate = Candidate, text = "hello" });

        Assert.Contains("NOT_FOUND", unknownProject, StringComparison.Ordinal);
        Assert.Equal(unknownProject, unknownCandidate);
        Assert.Equal(unknownProject, foreign);
        Assert.DoesNotContain("hello", string.Join('|', await NotesAsync(ProductSeed.Tenant, Candidate)), StringComparison.Ordinal);
    }

    private async Task<List<string>> NotesAsync(string tenant, string candidate)
    {
        var body = await _host.QueryAsync(tenant, ProductSeed.Recruiter, Notes, new { id = ProjectId, candidate });
        return [.. GraphQLBody.DataOf(body).GetProperty("project").GetProperty("entry").GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()!)];
    }

    private async Task<string> ErrorsAsync(string tenant, object variables)
    {
        var body = await _host.QueryAsync(tenant, ProductSeed.Recruiter, Add, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), body.GetRawText());
        return JsonSerializer.Serialize(errors);
    }
}
