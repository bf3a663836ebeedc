using Hiring.Agents.Identity;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;

namespace Hiring.Gateway.Tests.GraphQL.Support;

/// <summary>A project of its own for one test, in the real project grain of a <see cref="GraphQLHost"/>: owned by acme/r9, spec in Berlin, q1 and q2 proposed.</summary>
public static class TestProject
{
    public static readonly JobSpec Spec = new("Platform Engineer", "platform engineer", "senior", ["Berlin", "Munich"], RemotePolicy.OnSite, EmploymentType.FullTime, "Runs the platform.", []);

    public static async Task<IHiringProject> CreateAsync(GraphQLHost host, string projectId, bool approve = true, params SourcedCandidate[] candidates)
    {
        using var tenant = TenantScope.For(ProductSeed.Tenant);
        var project = Of(host, projectId);
        await project.Create(ProductSeed.Owner, Spec, [Skill("Kubernetes in production", "kubernetes"), Skill("Go services", "go")]);
        if (approve)
        {
            await project.Decide(new QualificationChange(["q1"], [], []));
        }

        if (candidates.Length > 0)
        {
            await project.AddCandidates(candidates, "assistant");
        }

        await host.Gateway.Grains.GetGrain<ITenantHistory>(ProductSeed.Tenant).RecordProject(projectId, ProductSeed.Owner, Spec);
        return project;
    }

    public static IHiringProject Of(GraphQLHost host, string projectId) =>
        host.Gateway.Grains.GetGrain<IHiringProject>(GrainKeys.Project(ProductSeed.Tenant, projectId));

    /// <summary>Records one evaluation of each candidate, meeting q1 with a quote.</summary>
    public static async Task EvaluateAsync(IHiringProject project, params string[] candidateIds)
    {
        using var tenant = TenantScope.For(ProductSeed.Tenant);
        await project.RecordEvaluations([.. candidateIds.Select(id => new CandidateEvaluation(
            id,
            [new QualificationAssessment(id, "q1", 1, AssessmentVerdict.Met, [new EvidenceQuote("skills", ProductSeed.Skill)], "Lists Kubernetes.", 4, ProductSeed.BuiltIn, DateTimeOffset.UtcNow)],
            0.8,
            Recommendation.Match,
            "Meets every must-have.",
            ProductSeed.BuiltIn))]);
    }

    private static Qualification Skill(string text, string subject) =>
        new("", text, QualificationKind.MustHave, 1.0, 0, false, PolicyVerdict.Ok, QualificationOrigin.Request, QualificationCategory.Skill, subject);
}
