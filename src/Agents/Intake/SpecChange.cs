using System.Text.Json.Serialization;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>
/// What a refinement changes in a job spec: the title put right, the level, the places, the work arrangement, the remote
/// scope, the years, the FAQ answers the recruiter's words give (each replaces the answer to its question) (null: unchanged); <paramref name="AnyLevel"/> and <paramref name="AnyYears"/> let
/// the level or the years go ("any level is fine", "forget the years requirement"), as an empty
/// <paramref name="Places"/> lets the place go. It travels in the approval step (as JSON among the
/// plan's values) and is applied once approved.
/// </summary>
[GenerateSerializer, Immutable, Alias("hiring.intake.spec-change")]
public sealed record SpecChange(
    [property: Id(0)] string? Seniority = null,
    [property: Id(1)] IReadOnlyList<Place>? Places = null,
    [property: Id(2)] RemotePolicy? Remote = null,
    [property: Id(3)] IReadOnlyList<Place>? RemoteWithin = null,
    [property: Id(4)] int? MinYears = null,
    [property: Id(5), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool AnyLevel = false,
    [property: Id(6), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool AnyYears = false,
    [property: Id(7), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title = null,
    [property: Id(8), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FaqEntry>? Faq = null)
{
    [JsonIgnore]
    public bool IsEmpty => Title is null && Seniority is null && Places is null && Remote is null && RemoteWithin is null && MinYears is null && !AnyLevel && !AnyYears && Faq is not { Count: > 0 };

    public JobSpec Apply(JobSpec spec)
    {
        var places = Places ?? spec.Places ?? [];
        var seniority = AnyLevel ? "" : Seniority ?? spec.Seniority;
        var title = Title ?? spec.NormalizedTitle;
        return spec with
        {
            Seniority = seniority,
            NormalizedTitle = title,
            Title = Seniority is null && !AnyLevel && Title is null ? spec.Title : RoleDraft.TitleCase($"{seniority} {title}".Trim()),
            Places = places,
            Locations = Places is null ? spec.Locations : [.. places.Select(p => p.Name)],
            Remote = Remote ?? spec.Remote,
            // "can we do hybrid in Lisbon instead?": where a remote worker must live no longer applies once nobody works remotely.
            RemoteWithin = RemoteWithin ?? (Remote is RemotePolicy.Hybrid or RemotePolicy.OnSite ? [] : spec.RemoteWithin),
            MinYears = AnyYears ? null : MinYears ?? spec.MinYears,
            Faq = Faq is not { Count: > 0 } ? spec.Faq
                : [.. spec.Faq.Where(e => !Faq.Any(n => string.Equals(n.Question, e.Question, StringComparison.OrdinalIgnoreCase))), .. Faq],
        };
    }
}
