using System.Globalization;
using System.Text.Json;
using Hiring.Agents.Intake;
using Hiring.Contracts.Projects;
using Hiring.Evals.Cases;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Talent.Search;

namespace Hiring.Evals.Suites.Sourcing;

/// <summary>
/// A sourcing case's spec as the product would hold it once intake understood it: a job spec (places
/// as written, the remote scope resolved by the gazetteer) and approved qualifications: each must-have
/// and nice-to-have a skill (canonical by the talent taxonomy), the years overall an experience in the
/// role's title. The case says they are skills, so the suite measures sourcing, not intake's reading of
/// words it may not know yet ("airflow", "bls").
/// </summary>
/// <param name="Titles">The acceptable titles (lower case).</param>
/// <param name="Seniority">The level asked, or null.</param>
/// <param name="Locations">The places as written ("Berlin, DE", "DE").</param>
/// <param name="Remote">"remote", "hybrid", "onsite" or null.</param>
/// <param name="RemoteWithin">Country codes or zones a remote worker must live in.</param>
/// <param name="Must">Must-have skills (lower case).</param>
/// <param name="Nice">Nice-to-have skills (lower case).</param>
/// <param name="MinYears">Years overall, or null.</param>
public sealed record SourcingCase(
    IReadOnlyList<string> Titles,
    string? Seniority,
    IReadOnlyList<string> Locations,
    string? Remote,
    IReadOnlyList<string> RemoteWithin,
    IReadOnlyList<string> Must,
    IReadOnlyList<string> Nice,
    int? MinYears)
{
    public static SourcingCase Read(JsonElement spec) => new(
        CaseJson.Strings(spec, "title"),
        CaseJson.Text(spec, "seniority"),
        CaseJson.Strings(spec, "locations"),
        CaseJson.Text(spec, "remote"),
        CaseJson.Strings(spec, "remoteWithin"),
        CaseJson.Strings(spec, "must"),
        CaseJson.Strings(spec, "nice"),
        CaseJson.Whole(spec, "minYears"));

    public JobSpec ToSpec(TalentTaxonomy taxonomy, Gazetteer gazetteer)
    {
        var title = Titles.Count > 0 ? Titles[0] : "";
        var remote = Remote?.ToLowerInvariant() switch
        {
            "remote" => RemotePolicy.Remote,
            "hybrid" => RemotePolicy.Hybrid,
            "onsite" => RemotePolicy.OnSite,
            _ => RemotePolicy.Unspecified,
        };
        IReadOnlyList<Place> within = [.. RemoteWithin.Select(w => ScopeOf(w, gazetteer))];
        var written = string.Join(' ', new[] { Seniority, title }.Where(w => !string.IsNullOrEmpty(w)));
        return new JobSpec(written, taxonomy.CanonicalTitle(title) ?? title, Seniority ?? "", Locations, remote, EmploymentType.FullTime, "", [], MinYears, RemoteWithin: within.Count == 0 ? null : within);
    }

    /// <summary>The approved qualifications, as intake proposes them (through the product's drafter) and the recruiter approves them.</summary>
    public IReadOnlyList<Qualification> Qualifications(TalentTaxonomy taxonomy, QualificationDrafter drafter)
    {
        var title = Titles.Count > 0 ? Titles[0] : "";
        var drafts = Must.Select(m => new DraftRequirement(m, QualificationKind.MustHave, QualificationCategory.Skill, taxonomy.CanonicalSkill(m))).ToList();
        if (MinYears is { } years)
        {
            drafts.Add(new DraftRequirement(string.Create(CultureInfo.InvariantCulture, $"{years}+ years of experience as a {title}"), QualificationKind.MustHave, QualificationCategory.Experience, taxonomy.CanonicalTitle(title) ?? title, years));
        }

        drafts.AddRange(Nice.Select(n => new DraftRequirement(n, QualificationKind.NiceToHave, QualificationCategory.Skill, taxonomy.CanonicalSkill(n))));
        return [.. drafts.Select((d, i) => drafter.Create($"q{i + 1}", d, QualificationOrigin.Request) with { Approved = true })];
    }

    private static Place ScopeOf(string written, Gazetteer gazetteer) =>
        (written.Length == 2 ? gazetteer.FindCountry(written)?.ToPlace() : null)
        ?? gazetteer.FindZone(written)?.ToPlace()
        ?? gazetteer.FindCountry(written)?.ToPlace()
        ?? new Place(PlaceKind.Zone, written, "");
}
