using Hiring.Agents.Intake;
using Hiring.Contracts.Projects;

namespace Hiring.Evals.Suites.Spec;

/// <summary>What the product produced, in the shape the cases compare: from intake's draft, or from a project's spec and approved qualifications.</summary>
public sealed record SpecActual(
    string Title,
    string Seniority,
    IReadOnlyList<PlaceText> Places,
    RemotePolicy Remote,
    IReadOnlyList<string> RemoteWithin,
    int? MinYears,
    IReadOnlyList<(string Subject, int? Years)> Must,
    IReadOnlyList<(string Subject, int? Years)> Nice)
{
    public static SpecActual From(JobDraft draft) => new(
        TitleOf(draft.NormalizedTitle, draft.Title),
        draft.Seniority,
        PlacesOf(draft.Places, draft.Locations),
        draft.Remote,
        Zones(draft.RemoteWithin),
        draft.MinYears,
        Subjects(draft.Requirements.Where(r => r.Kind == QualificationKind.MustHave).Select(r => (r.Category, r.Subject, r.MinYears))),
        Subjects(draft.Requirements.Where(r => r.Kind == QualificationKind.NiceToHave).Select(r => (r.Category, r.Subject, r.MinYears))));

    /// <summary>A project as it stands: its spec and its approved qualifications.</summary>
    public static SpecActual From(JobSpec spec, IReadOnlyList<Qualification> approved) => new(
        TitleOf(spec.NormalizedTitle, spec.Title),
        spec.Seniority,
        PlacesOf(spec.Places, spec.Locations),
        spec.Remote,
        Zones(spec.RemoteWithin),
        spec.MinYears,
        Subjects(approved.Where(q => q.Kind == QualificationKind.MustHave).Select(q => (q.Category, q.Subject, q.MinYears))),
        Subjects(approved.Where(q => q.Kind == QualificationKind.NiceToHave).Select(q => (q.Category, q.Subject, q.MinYears))));

    public string RemoteText => Remote switch
    {
        RemotePolicy.Remote => "remote",
        RemotePolicy.Hybrid => "hybrid",
        RemotePolicy.OnSite => "onsite",
        _ => "",
    };

    private static string TitleOf(string normalized, string written) => normalized.Length > 0 ? normalized : written;

    /// <summary>Resolved places when the product gives them; else its location strings ("remote" is not a place).</summary>
    private static IReadOnlyList<PlaceText> PlacesOf(IReadOnlyList<Place>? places, IReadOnlyList<string> locations) =>
        places is { Count: > 0 }
            ? [.. places.Select(PlaceText.From)]
            : [.. locations.Where(l => !string.Equals(l.Trim(), "remote", StringComparison.OrdinalIgnoreCase)).Select(PlaceText.Parse)];

    private static IReadOnlyList<string> Zones(IReadOnlyList<Place>? within) =>
        [.. (within ?? []).Select(p => p.Kind == PlaceKind.Country ? p.CountryCode : p.Name)];

    /// <summary>Skills, languages and other named subjects; titles, places and overall experience are other fields.</summary>
    private static IReadOnlyList<(string, int?)> Subjects(IEnumerable<(QualificationCategory Category, string? Subject, int? Years)> items) =>
        [.. items
            .Where(i => i.Subject is { Length: > 0 } && i.Category is not (QualificationCategory.Title or QualificationCategory.Location or QualificationCategory.Experience))
            .Select(i => (i.Subject!, i.Years))];
}
