using Hiring.Agents.Identity;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Talent;
using Hiring.Talent;

namespace Hiring.Gateway.Tests.GraphQL.Support;

/// <summary>
/// A tiny product state in the real grains and pools of a <see cref="GraphQLHost"/>: acme/r9's project
/// with one approved qualification and two candidates (one evaluated), a public profile and one in
/// acme's private pool. Seeding twice changes nothing.
/// </summary>
public static class ProductSeed
{
    public const string Tenant = "acme";
    public const string Recruiter = "r9";
    public const string ProjectId = "proj-graphql";
    public const string Evaluated = "cand-gql-1";
    public const string ToMove = "cand-gql-2";
    public const string PublicProfile = "pub-kube";
    public const string PrivateProfile = "acme-kube";
    public const string Skill = "Kubernetes";

    public static readonly string Owner = GrainKeys.Recruiter(Tenant, Recruiter);

    public static readonly Provenance BuiltIn = new(ReasoningEngine.BuiltIn, "built-in", "evaluate-candidate", "3", ModelTier.Reasoning);

    public static async Task EnsureAsync(GraphQLHost host)
    {
        var grains = host.Gateway.Grains;
        using var tenant = TenantScope.For(Tenant);
        var project = grains.GetGrain<IHiringProject>(GrainKeys.Project(Tenant, ProjectId));
        if (await project.Exists())
        {
            return;
        }

        var spec = new JobSpec("Platform Engineer", "platform engineer", "senior", ["Berlin"], RemotePolicy.OnSite, EmploymentType.FullTime, "Runs the platform.", [], 5);
        await project.Create(Owner, spec, [new Qualification("", "Kubernetes in production", QualificationKind.MustHave, 1.0, 0, false, PolicyVerdict.Ok, QualificationOrigin.Request, QualificationCategory.Skill, "kubernetes", 3)]);
        await project.Decide(new QualificationChange(["q1"], [], []));
        await project.AddCandidates([new SourcedCandidate(Evaluated, "skill: kubernetes", 0.8), new SourcedCandidate(ToMove, "skill: kubernetes", 0.5)], "assistant");
        var assessment = new QualificationAssessment(Evaluated, "q1", 1, AssessmentVerdict.Met, [new EvidenceQuote("skills", Skill)], "Lists Kubernetes.", 4.5, BuiltIn, DateTimeOffset.UtcNow);
        await project.RecordEvaluations([new CandidateEvaluation(Evaluated, [assessment], 0.9, Recommendation.Match, "Meets every must-have.", BuiltIn)]);
        await grains.GetGrain<ITenantHistory>(Tenant).RecordProject(ProjectId, Owner, spec);

        var services = host.Gateway.App.Services;
        var store = services.GetRequiredService<IProfileStore>();
        var index = services.GetRequiredService<ITalentIndex>();
        CandidateProfile[] publicPool = [Profile(PublicProfile, "Kim Kube", "Berlin", null)];
        CandidateProfile[] acmePool = [Profile(PrivateProfile, "Ada Acme", "Paris", Tenant)];
        await store.UpsertAsync(TalentPoolScope.Public, publicPool);
        await store.UpsertAsync(TalentPoolScope.Private(Tenant), acmePool);
        await index.IndexAsync(TalentPoolScope.Public, publicPool);
        await index.IndexAsync(TalentPoolScope.Private(Tenant), acmePool);
    }

    private static CandidateProfile Profile(string id, string name, string city, string? tenant) => new(
        id,
        name,
        $"{Skill} specialist",
        new Location(city, "", city == "Berlin" ? "DE" : "FR"),
        [new Experience("Initech", "Platform Engineer", new DateOnly(2022, 1, 1), null, "Runs Kubernetes clusters.")],
        [new Education("TU Berlin", "MSc", "Computer Science", 2015, 2017)],
        [Skill],
        OpenToWork: true,
        LastActive: new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        tenant is null ? ProfileSource.Public() : new ProfileSource(TalentPoolKind.Private, tenant, ProfileOrigin.Applicant),
        DateTimeOffset.UtcNow);
}
