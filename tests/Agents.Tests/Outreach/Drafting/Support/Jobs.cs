using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Tests.Outreach.Drafting.Support;

/// <summary>Roles of several trades, each with its approved qualifications and FAQ.</summary>
internal static class Jobs
{
    public const string Pay = "What is the salary range?";
    public const string Team = "What team would I join?";
    public const string Visa = "Do you sponsor visas or help with relocation?";

    public static readonly JobSpec Backend = Spec(
        "Senior Backend Engineer",
        ["Berlin"],
        RemotePolicy.Hybrid,
        "We build payment infrastructure for European merchants.",
        new FaqEntry(Pay, "Compensation: €70–85k plus an annual bonus."),
        new FaqEntry(Team, "You'll join the Payments team of six engineers, reporting to the Head of Engineering."),
        new FaqEntry(Visa, "We sponsor visas and offer relocation support to Berlin."));

    public static readonly IReadOnlyList<Qualification> BackendQualifications =
        [Quals.Skill("q1", "Kubernetes"), Quals.Skill("q2", "Go", 5), Quals.Skill("q3", "Terraform", kind: QualificationKind.NiceToHave)];

    public static readonly JobSpec Sales = Spec(
        "Account Executive",
        ["Austin"],
        RemotePolicy.OnSite,
        "Own the full sales cycle with mid-market customers.",
        new FaqEntry(Pay, "What we offer: OTE $120,000-$140,000 with uncapped commission."));

    public static readonly IReadOnlyList<Qualification> SalesQualifications =
        [Quals.Skill("q1", "Salesforce"), Quals.Title("q2", "Account Executive")];

    /// <summary>A role whose FAQ states no pay.</summary>
    public static readonly JobSpec Nursing = Spec(
        "ICU Nurse",
        ["Manchester"],
        RemotePolicy.OnSite,
        "Night and day shifts on a 20-bed intensive care unit.",
        new FaqEntry(Team, "You will report to the ICU Ward Manager."));

    public static readonly IReadOnlyList<Qualification> NursingQualifications =
        [Quals.Skill("q1", "Critical care"), Quals.Skill("q2", "Sepsis management", kind: QualificationKind.NiceToHave)];

    public static readonly JobSpec Finance = Spec(
        "Financial Analyst",
        ["London"],
        RemotePolicy.Hybrid,
        "Join the FP&A team of a growing retail bank.",
        new FaqEntry(Pay, "Salary up to 90k depending on experience."),
        new FaqEntry(Visa, "Please note we are unable to offer visa sponsorship for this role."));

    public static readonly IReadOnlyList<Qualification> FinanceQualifications =
        [Quals.Skill("q1", "Excel"), Quals.Skill("q2", "SQL", kind: QualificationKind.NiceToHave)];

    public static JobSpec Spec(string title, IReadOnlyList<string> locations, RemotePolicy remote, string description, params FaqEntry[] faq) =>
        new(title, title.ToLowerInvariant(), "", locations, remote, EmploymentType.FullTime, description, faq);
}
