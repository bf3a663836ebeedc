using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>
/// What a refinement changes in a job spec: the level, the places, the work arrangement, the remote
/// scope (null: unchanged). It travels in the approval step (as JSON among the plan's values) and is
/// applied once approved.
/// </summary>
[GenerateSerializer, Immutable, Alias("hiring.intake.spec-change")]
public sealed record SpecChange(
    [property: Id(0)] string? Seniority = null,
    [property: Id(1)] IReadOnlyList<Place>? Places = null,
    [property: Id(2)] RemotePolicy? Remote = null,
    [property: Id(3)] IReadOnlyList<Place>? RemoteWithin = null,
    [property: Id(4)] int? MinYears = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Seniority is null && Places is null && Remote is null && RemoteWithin is null && MinYears is null;

    public JobSpec Apply(JobSpec spec)
    {
        var places = Places ?? spec.Places ?? [];
        var seniority = Seniority ?? spec.Seniority;
        return spec with
        {
            Seniority = seniority,
            Title = Seniority is null ? spec.Title : RoleDraft.TitleCase($"{seniority} {spec.NormalizedTitle}".Trim()),
            Places = places,
            Locations = Places is null ? spec.Locations : [.. places.Select(p => p.Name)],
            Remote = Remote ?? spec.Remote,
            RemoteWithin = RemoteWithin ?? spec.RemoteWithin,
            MinYears = MinYears ?? spec.MinYears,
        };
    }
}
