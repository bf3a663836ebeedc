using System.Globalization;
using Hiring.Agents.Identity;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Sourcing.Remembered;

/// <summary>In the running product, the project owner's kept memories change what sourcing finds, and forgetting them undoes it.</summary>
public sealed class RememberedSourcingClusterTests(RememberedSourcingWorld world) : IClassFixture<RememberedSourcingWorld>
{
    private const string Tenant = "acme";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private const int Few = 10;
    private static readonly string Kafka = TalentTaxonomy.LoadDefault().CanonicalSkill("Kafka");

    [Fact]
    public async Task AKeptLikingRanksCandidatesUpAKeptCompanyToAvoidIsLeftOutAndForgettingThemUndoesBoth()
    {
        using var scope = TenantScope.For(Tenant);
        var recruiter = GrainKeys.Recruiter(Tenant, "rosa");
        var memory = world.Cluster.Client.GetGrain<IRecruiterMemory>(recruiter);

        var before = await SourceAsync(recruiter, "rosa.p1");

        // The ranking itself is shown over the same index without a cluster (RememberedSearchTests); here, that the running product applies it and says so.
        var liking = await memory.Remember([Draft("For backend roles I like people who know Kafka", recruiter)]);
        var liked = await SourceAsync(recruiter, "rosa.p2");
        var ranked = await Project("rosa.p2").Snapshot();
        Assert.Contains(liked, id => Has(id, Kafka));
        Assert.All(liked.Where(id => Has(id, Kafka)), id => Assert.Contains("has kafka, as you told me on", ranked.Pipeline.Single(e => e.CandidateId == id).Why, StringComparison.Ordinal));
        Assert.All(liked.Where(id => !Has(id, Kafka)), id => Assert.DoesNotContain("as you told me", ranked.Pipeline.Single(e => e.CandidateId == id).Why, StringComparison.Ordinal));

        var company = before.Select(EmployerNow).OfType<string>().GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key;
        var avoid = await memory.Remember([Draft($"Never source from {company}, they're our client", recruiter)]);
        await SourceAsync(recruiter, "rosa.p3", count: 40);
        Assert.DoesNotContain((await Project("rosa.p3").Snapshot()).Pipeline, e => EmployerNow(e.CandidateId) == company);

        // A search of as many as meet the spec: the company's people found first are found again, now that nothing leaves them out.
        await memory.Forget([.. liking.Concat(avoid).Select(k => k.Entry.Id)]);
        var forgotten = await SourceAsync(recruiter, "rosa.p4", count: 40);
        var again = (await Project("rosa.p4").Snapshot()).Pipeline;
        Assert.Contains(again, e => EmployerNow(e.CandidateId) == company);
        Assert.Contains(forgotten, id => Has(id, Kafka));
        Assert.DoesNotContain(again, e => e.Why?.Contains("as you told me", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task AnotherRecruitersMemoryNeverReachesTheirColleaguesSearch()
    {
        using var scope = TenantScope.For(Tenant);
        var colleague = GrainKeys.Recruiter(Tenant, "omar");
        await world.Cluster.Client.GetGrain<IRecruiterMemory>(colleague).Remember([Draft("For backend roles I like people who know Kafka", colleague)]);

        var recruiter = GrainKeys.Recruiter(Tenant, "lena");
        await SourceAsync(recruiter, "lena.p1");

        Assert.DoesNotContain((await Project("lena.p1").Snapshot()).Pipeline, e => e.Why?.Contains("as you told me", StringComparison.Ordinal) == true);
    }

    /// <summary>A new project of the owner for remote backend engineers with Go and Kubernetes: calibrated, then one search; the ids the search added.</summary>
    private async Task<IReadOnlyList<string>> SourceAsync(string recruiter, string projectId, int count = Few)
    {
        var project = Project(projectId);
        var spec = Specs.Backend(seniority: "", remote: RemotePolicy.Remote);
        await project.Create(recruiter, spec, [Specs.Skill("q1", "Go", approved: false), Specs.Skill("q2", "Kubernetes", approved: false)]);
        await project.Decide(new QualificationChange(["q1", "q2"], [], []));

        var sourcing = world.Cluster.Client.GetGrain<ISourcingAgent>(GrainKeys.Project(Tenant, projectId));
        await sourcing.Start(Step(recruiter, projectId, PlanActions.Calibrate));
        await Wait.UntilAsync(async () => (await project.Snapshot()).Pipeline.Any(e => e.Stage == PipelineStage.Calibration), Patience, $"{projectId}'s calibration batch");
        await sourcing.Start(Step(recruiter, projectId, PlanActions.Search, ("count", count.ToString(CultureInfo.InvariantCulture))));
        await Wait.UntilAsync(async () => (await project.Snapshot()).Pipeline.Any(e => e.Stage == PipelineStage.Sourced), Patience, $"{projectId}'s search");
        return [.. (await project.Snapshot()).Pipeline.Where(e => e.Stage == PipelineStage.Sourced).Select(e => e.CandidateId)];
    }

    private IHiringProject Project(string projectId) => world.Cluster.Client.GetGrain<IHiringProject>(GrainKeys.Project(Tenant, projectId));

    private static StepCommand Step(string recruiter, string projectId, string action, params (string Name, string Value)[] inputs) =>
        new($"{projectId}-{action}", recruiter, projectId, action, inputs.ToDictionary(i => i.Name, i => i.Value), RequestSlots.Empty);

    private static MemoryDraft Draft(string text, string recruiter) =>
        new(text, MemoryKind.Preference, 0.7, new MemorySource(MemorySource.Message, $"{recruiter}-{text.Length.ToString(CultureInfo.InvariantCulture)}", text));

    private bool Has(string id, string skill) => world.Profiles[id].Skills.Select(TalentTaxonomy.LoadDefault().CanonicalSkill).Contains(skill);

    private string? EmployerNow(string id) => world.Profiles.GetValueOrDefault(id)?.Experiences.FirstOrDefault(e => e.End is null)?.Company;
}
