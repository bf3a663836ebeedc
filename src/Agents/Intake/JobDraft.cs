using Hiring.Agents.Intake.Faq;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;

namespace Hiring.Agents.Intake;

/// <summary>
/// What intake read from the recruiter's input: the spec's fields, the stated requirements and the drafted FAQ; and other roles the
/// input named beside this one ("and a sous chef"), which need projects of their own.
/// </summary>
public sealed record JobDraft(
    string Title,
    string NormalizedTitle,
    string Seniority,
    IReadOnlyList<string> Locations,
    RemotePolicy Remote,
    EmploymentType Employment,
    string Description,
    int? MinYears,
    IReadOnlyList<DraftRequirement> Requirements,
    IntakeSourceKind Source,
    Provenance Provenance,
    IReadOnlyList<Place>? Places = null,
    IReadOnlyList<Place>? RemoteWithin = null,
    FaqDraft? Faq = null,
    IReadOnlyList<string>? OtherRoles = null)
{
    public JobSpec ToSpec() => new(Title, NormalizedTitle, Seniority, Locations, Remote, Employment, Description, Faq?.Entries ?? [], MinYears, Places, RemoteWithin);
}
