using System.Text.Json;
using Hiring.Contracts.Projects;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Projects;

/// <summary>Projects through the real project and tenant-history grains, seeded by <see cref="ProductSeed"/>.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class ProjectQueryTests(GraphQLHostFixture fixture) : IAsyncLifetime
{
    private const string ProjectQuery = """
        query($id: ID!) {
          project(id: $id) {
            id owner updatedAt
            spec { title normalizedTitle seniority locations remote employment description faq { question } minYears }
            qualifications { id text kind weight version approved origin category subject minYears policy { allowed reason rewording attribute } }
            pipeline(first: 5) {
              candidateId stage score why
              moves { from to by why at }
              evidence {
                candidateId score recommendation summary
                provenance { engine model prompt promptVersion tier fallbackReason }
                assessments { qualificationId qualificationVersion verdict rationale years at quotes { section text } provenance { engine } }
              }
            }
          }
        }
        """;

    private const string Move = "mutation($project: ID!, $candidate: ID!, $why: String!) { moveCandidate(projectId: $project, candidateId: $candidate, stage: SHORTLISTED, why: $why) { candidateId stage moves { from to by why } } }";

    private readonly GraphQLHost _host = fixture.Host;

    public Task InitializeAsync() => ProductSeed.EnsureAsync(_host);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheProjectQueryReturnsSpecQualificationsPipelineAndEvidence()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, ProjectQuery, new { id = ProductSeed.ProjectId });
        var project = GraphQLBody.DataOf(body).GetProperty("project");

        Assert.Equal(ProductSeed.Recruiter, project.GetProperty("owner").GetString());
        Assert.Equal("ON_SITE", project.GetProperty("spec").GetProperty("remote").GetString());
        Assert.Equal(5, project.GetProperty("spec").GetProperty("minYears").GetInt32());
        var qualification = Assert.Single(project.GetProperty("qualifications").EnumerateArray());
        Assert.True(qualification.GetProperty("approved").GetBoolean());
        Assert.True(qualification.GetProperty("policy").GetProperty("allowed").GetBoolean());
        Assert.Equal("REQUEST", qualification.GetProperty("origin").GetString());
        Assert.Equal("MUST_HAVE", qualification.GetProperty("kind").GetString());

        var evaluated = project.GetProperty("pipeline").EnumerateArray().Single(e => e.GetProperty("candidateId").GetString() == ProductSeed.Evaluated);
        Assert.Equal(0.9, evaluated.GetProperty("score").GetDouble());
        Assert.Equal("SOURCED", evaluated.GetProperty("moves")[0].GetProperty("to").GetString());
        var evidence = evaluated.GetProperty("evidence");
        Assert.Equal("MATCH", evidence.GetProperty("recommendation").GetString());
        Assert.Equal("BUILT_IN", evidence.GetProperty("provenance").GetProperty("engine").GetString());
        Assert.Equal("evaluate-candidate", evidence.GetProperty("provenance").GetProperty("prompt").GetString());
        var assessment = Assert.Single(evidence.GetProperty("assessments").EnumerateArray());
        Assert.Equal("MET", assessment.GetProperty("verdict").GetString());
        Assert.Equal(4.5, assessment.GetProperty("years").GetDouble());
        Assert.Equal("skills", assessment.GetProperty("quotes")[0].GetProperty("section").GetString());
        Assert.Equal(JsonValueKind.Null, project.GetProperty("pipeline").EnumerateArray().Single(e => e.GetProperty("candidateId").GetString() == ProductSeed.ToMove).GetProperty("evidence").ValueKind);
    }

    [Fact]
    public async Task ProjectsListsTheTenantsProjectsWithOwnerAndCreation()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, "r3", "{ projects { id title owner created } }");
        var project = GraphQLBody.DataOf(body).GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("id").GetString() == ProductSeed.ProjectId);

        Assert.Equal("Platform Engineer", project.GetProperty("title").GetString());
        Assert.Equal(ProductSeed.Recruiter, project.GetProperty("owner").GetString());
        Assert.True(project.GetProperty("created").GetDateTimeOffset() > DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public async Task MovingACandidateRecordsTheRecruiterAndTheReason()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Move, new { project = ProductSeed.ProjectId, candidate = ProductSeed.ToMove, why = "Strong Kubernetes evidence" });
        var moved = GraphQLBody.DataOf(body).GetProperty("moveCandidate");

        Assert.Equal("SHORTLISTED", moved.GetProperty("stage").GetString());
        var last = moved.GetProperty("moves").EnumerateArray().Last();
        Assert.Equal(ProductSeed.Owner, last.GetProperty("by").GetString());
        Assert.Equal("Strong Kubernetes evidence", last.GetProperty("why").GetString());
        using var tenant = Hiring.Agents.Identity.TenantScope.For(ProductSeed.Tenant);
        var stored = (await _host.Gateway.Grains.GetGrain<IHiringProject>(Hiring.Agents.Identity.GrainKeys.Project(ProductSeed.Tenant, ProductSeed.ProjectId)).Snapshot())
            .Pipeline.Single(e => e.CandidateId == ProductSeed.ToMove).Moves[^1];
        Assert.Equal((ProductSeed.Owner, "Strong Kubernetes evidence", PipelineStage.Shortlisted), (stored.By, stored.Why, stored.To));

        // The recruiter's other tabs and devices hear of it on assistantEvents.
        var change = _host.World.Recruiter(ProductSeed.Tenant, ProductSeed.Recruiter).PipelineChanges.Last(c => c.CandidateId == ProductSeed.ToMove);
        Assert.Equal((ProductSeed.ProjectId, PipelineStage.Shortlisted), (change.ProjectId, change.Stage));
        Assert.Contains("Strong Kubernetes evidence", change.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovingWithoutAReasonIsRefused()
    {
        var body = await _host.QueryAsync(ProductSeed.Tenant, ProductSeed.Recruiter, Move, new { project = ProductSeed.ProjectId, candidate = ProductSeed.ToMove, why = "  " });

        Assert.Equal("BAD_USER_INPUT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
