using System.Text.Json;
using Hiring.Contracts.Projects;

namespace Hiring.Agents.Intake;

/// <summary>
/// What a refinement changes in a job spec: the level, the places, the work arrangement, the remote
/// scope, the years (null: unchanged); <paramref name="AnyLevel"/> and <paramref name="AnyYears"/> let
/// the level or the years go ("any level is fine", "forget the years requirement"), as an empty
/// <paramref name="Places"/> lets the place go. It travels in the approval step as JSON and is applied once approved.
/// </summary>
public sealed record SpecChange(string? Seniority = null, IReadOnlyList<Place>? Places = null, RemotePolicy? Remote = null, IReadOnlyList<Place>? RemoteWithin = null, int? MinYears = null, bool AnyLevel = false, bool AnyYears = false)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsEmpty => Seniority is null && Places is null && Remote is null && RemoteWithin is null && MinYears is null && !AnyLevel && !AnyYears;

    public JobSpec Apply(JobSpec spec)
    {
        var places = Places ?? spec.Places ?? [];
        var seniority = AnyLevel ? "" : Seniority ?? spec.Seniority;
        return spec with
        {
            Seniority = seniority,
            Title = Seniority is null && !AnyLevel ? spec.Title : RoleDraft.TitleCase($"{seniority} {spec.NormalizedTitle}".Trim()),
            Places = places,
            Locations = Places is null ? spec.Locations : [.. places.Select(p => p.Name)],
            Remote = Remote ?? spec.Remote,
            RemoteWithin = RemoteWithin ?? spec.RemoteWithin,
            MinYears = AnyYears ? null : MinYears ?? spec.MinYears,
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static SpecChange? FromJson(string? json) => string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<SpecChange>(json, Json);
}
