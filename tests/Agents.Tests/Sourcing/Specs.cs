using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Projects;
using Hiring.Reasoning.Understanding.Places;

namespace Hiring.Agents.Tests.Sourcing;

/// <summary>Job specs and qualifications as intake would write them.</summary>
internal static class Specs
{
    /// <summary>The location seam as the product wires it, over the shared gazetteer.</summary>
    public static ILocationMatcher Places { get; } = new PlaceLocationMatcher(Gazetteer.Default, new PlaceMatcher(Gazetteer.Default));

    public static JobSpec Backend(string seniority = "senior", RemotePolicy remote = RemotePolicy.OnSite, params string[] locations) =>
        new($"{seniority} Backend Engineer".Trim(), "backend engineer", seniority, locations, remote, EmploymentType.FullTime, "Build and run our Go services on Kubernetes.", []);

    public static Qualification Skill(string id, string skill, QualificationKind kind = QualificationKind.MustHave, bool approved = true) =>
        new(id, skill, kind, kind == QualificationKind.MustHave ? 1.0 : 0.5, 1, approved, PolicyVerdict.Ok, QualificationOrigin.Request, QualificationCategory.Skill, skill);

    public static Qualification Refused(string id, string text) =>
        new(id, text, QualificationKind.MustHave, 1.0, 1, false, new PolicyVerdict(false, "targets age", null, "age"), QualificationOrigin.Request, QualificationCategory.Other);

    /// <summary>Go and Kubernetes required, Docker nice to have.</summary>
    public static IReadOnlyList<Qualification> GoAndKubernetes() =>
    [
        Skill("q1", "Go"),
        Skill("q2", "k8s"),
        Skill("q3", "Docker", QualificationKind.NiceToHave),
    ];
}
