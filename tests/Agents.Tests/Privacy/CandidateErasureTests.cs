using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Talent;
using Hiring.Talent.Import;
using Hiring.Talent.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Hiring.Agents.Tests.Privacy;

/// <summary>A candidate's erasure over the real agents and SQLite: each test has its own tenants and people.</summary>
public sealed partial class CandidateErasureTests(ErasureWorld world) : IClassFixture<ErasureWorld>
{
    [Fact]
    public async Task AnErasedCandidateIsGoneFromSearchPipelinesEvidenceNotesVectorsConversationsAndTheFile()
    {
        var pool = TalentPoolScope.Private("er-acme");
        var ana = ErasureWorld.Person("em-ana", "Anouk Lindqvist", "anouk.lindqvist@example.com", pool);
        var bo = ErasureWorld.Person("em-bo", "Bodhi Okafor", "bodhi@example.com", pool);
        await world.AddToPoolAsync(pool, ana, bo);
        var project = await world.ProjectWithAsync("er-acme", "p1", ana, bo);

        var erasure = await world.Eraser.EraseAsync("er-acme", ana.Id, "er-acme/ops");

        Assert.Equal(["er-acme/p1"], erasure.Projects);
        Assert.Equal(pool, Assert.Single(erasure.Tombstones).Scope);
        Assert.True(erasure.EntriesRedacted >= 6, $"{erasure.EntriesRedacted} entries redacted");
        var search = world.Services.GetRequiredService<TalentSearch>();
        Assert.DoesNotContain(search.Search(new TalentSearchRequest("Anouk OR Go", "er-acme", 50, SearchMode.Boolean)).Hits, h => h.Id == ana.Id);
        Assert.Contains(search.Search(new TalentSearchRequest("Go", "er-acme", 50, SearchMode.Boolean)).Hits, h => h.Id == bo.Id);
        Assert.Null(world.Services.GetRequiredService<ProfileVectorStore>().For(pool).Get(ana.Id));
        using (TenantScope.For("er-acme"))
        {
            Assert.Equal([bo.Id], (await project.Snapshot()).Pipeline.Select(e => e.CandidateId));
            Assert.Empty(await project.Evidence(ana.Id));
            Assert.Null(await project.LatestEvaluation(ana.Id));
            Assert.Empty(await project.Notes([ana.Id]));
            Assert.Empty(await project.Actions(ana.Id, 100));
            Assert.NotEmpty(await project.Evidence(bo.Id));
            Assert.NotEmpty(await project.Actions(bo.Id, 100));
        }

        var rows = await world.StoredRowsAsync();
        Assert.DoesNotContain(rows, r => r.Contains("Anouk", StringComparison.OrdinalIgnoreCase) || r.Contains("anouk.lindqvist@example.com", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(rows, r => r.StartsWith("log_entries|evidence/er-acme/p1|", StringComparison.Ordinal) && r.Contains("Bodhi Okafor led the Go migration", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("log_entries|candidate-inbox/er-acme/t-em-bo|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReimportingSourcingOrEvaluatingAnErasedCandidateDoesNotBringThemBack()
    {
        var pool = TalentPoolScope.Private("er-again");
        var drafted = ErasureWorld.Person("draft", "Xiadani Ferreira", "x@example.com", pool);
        var ana = drafted with { Id = ProfileIdentity.IdFor(drafted) };
        await world.AddToPoolAsync(pool, ana);
        var project = await world.ProjectWithAsync("er-again", "p1", ana);
        await world.Eraser.EraseAsync("er-again", ana.Id, "er-again/ops");

        using var csv = new MemoryStream("name,email,headline\nXiadani Ferreira,X@example.com,Backend engineer\n"u8.ToArray());
        var import = await world.Services.GetRequiredService<ProfileImporter>().ImportAsync(csv, "ats.csv", ImportOptions.For("er-again"));

        Assert.Equal(ImportRejection.ErasedReason, Assert.Single(import.Rejected).Reason);
        Assert.Equal(0, import.Imported + import.Updated);
        Assert.Empty(world.Services.GetRequiredService<TalentSearch>().Search(new TalentSearchRequest("Xiadani", "er-again", 10, SearchMode.Boolean)).Hits);
        using (TenantScope.For("er-again"))
        {
            Assert.Contains(ana.Id, await project.Excluded());
            Assert.Empty(await project.AddCandidates([new SourcedCandidate(ana.Id, "found again")], "assistant"));
            await project.RecordEvaluations([ErasureWorld.Evaluation(ana.Id, "an evaluation that was under way")]);
            Assert.Empty((await project.Snapshot()).Pipeline);
            Assert.Empty(await project.Evidence(ana.Id));
        }
    }

    [Fact]
    public async Task AnotherTenantCannotEraseATenantsCandidateAndItsOwnDataIsUntouched()
    {
        var pool = TalentPoolScope.Private("er-owner");
        var (ana, project) = await world.CandidateInProjectAsync("er-owner", "em-own", "Oona Halvorsen");

        var refusal = await Assert.ThrowsAsync<AssistantRefusalException>(() => world.Eraser.EraseAsync("er-other", ana.Id, "er-other/ops"));

        Assert.Equal(RefusalCodes.NotFound, refusal.Code);
        Assert.NotNull(await world.Profiles.GetAsync(pool, ana.Id));
        Assert.Empty(await world.Profiles.TombstonesAsync([pool, TalentPoolScope.Private("er-other"), TalentPoolScope.Public], [ana.Id]));
        using (TenantScope.For("er-owner"))
        {
            Assert.Single((await project.Snapshot()).Pipeline);
            Assert.NotEmpty(await project.Evidence(ana.Id));
        }
    }

    [Fact]
    public async Task ErasingAPublicPoolCandidateReachesEveryTenantsProjects()
    {
        var pia = ErasureWorld.Person("em-pia", "Pialuisa Quenby", "pia@example.com", TalentPoolScope.Public);
        await world.AddToPoolAsync(TalentPoolScope.Public, pia);
        var mine = await world.ProjectWithAsync("er-pub-a", "p1", pia);
        var theirs = await world.ProjectWithAsync("er-pub-b", "g1", pia);

        var erasure = await world.Eraser.EraseAsync("er-pub-a", pia.Id, "er-pub-a/ops");

        Assert.Equal(["er-pub-a/p1", "er-pub-b/g1"], erasure.Projects.Order(StringComparer.Ordinal));
        Assert.Equal(TalentPoolScope.Public, Assert.Single(erasure.Tombstones).Scope);
        using (TenantScope.For("er-pub-b"))
        {
            Assert.Empty((await theirs.Snapshot()).Pipeline);
            Assert.Empty(await theirs.Evidence(pia.Id));
        }

        using (TenantScope.For("er-pub-a"))
        {
            Assert.Empty((await mine.Snapshot()).Pipeline);
        }

        Assert.DoesNotContain(await world.StoredRowsAsync(), r => r.Contains("Pialuisa", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ErasingTwiceKeepsTheFirstTombstoneAndChangesNothingMore()
    {
        var (ana, _) = await world.CandidateInProjectAsync("er-twice", "em-twice", "Tamsin Achterberg");
        var first = await world.Eraser.EraseAsync("er-twice", ana.Id, "er-twice/ops");

        var again = await world.Eraser.EraseAsync("er-twice", ana.Id, "er-twice/someone-else");

        Assert.Equal(first.Tombstones, again.Tombstones);
        Assert.Empty(again.Projects);
        Assert.Equal(0, again.EntriesRedacted);
    }

    [Fact]
    public async Task AnUnknownIdIsAClearNotFoundAndABlankOneIsInvalid()
    {
        var unknown = await Assert.ThrowsAsync<AssistantRefusalException>(() => world.Eraser.EraseAsync("er-none", "em-nobody", "er-none/ops"));
        var blank = await Assert.ThrowsAsync<AssistantRefusalException>(() => world.Eraser.EraseAsync("er-none", " ", "er-none/ops"));

        Assert.Equal((RefusalCodes.NotFound, "There is no candidate 'em-nobody'."), (unknown.Code, unknown.Message));
        Assert.Equal(RefusalCodes.Invalid, blank.Code);
    }

    [Fact]
    public async Task HowDidYouFindMeAnswersFromTheSourceAndTheQueryUntilErasure()
    {
        var (ana, _) = await world.CandidateInProjectAsync("er-prov", "em-prov", "Ines Provenzano");

        var before = await world.Provenance.ForAsync("er-prov", ana.Id);
        await world.Eraser.EraseAsync("er-prov", ana.Id, "er-prov/ops");
        var after = await world.Provenance.ForAsync("er-prov", ana.Id);

        Assert.Equal(ana.Source, before.Source);
        Assert.Equal([new Hiring.Agents.Privacy.ProvenanceProject("p1", "go AND berlin")], before.Projects);
        Assert.Null(before.Erased);
        Assert.Null(after.Source);
        Assert.Empty(after.Projects);
        Assert.Equal("er-prov/ops", after.Erased!.ErasedBy);
        await Assert.ThrowsAsync<AssistantRefusalException>(() => world.Provenance.ForAsync("er-other", ana.Id));
    }
}
